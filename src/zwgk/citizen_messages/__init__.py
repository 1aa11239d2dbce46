"""网民留言: citizens' 咨询, 建议 and 投诉, screened by the disclosure office,
answered by the responsible unit on time, published with the writer's consent.

The office (公开办, group ``zwgk-office``) screens each message (审看): hands it
to a unit (转交), answers it itself (直接答复) or closes it with a reason (不予
受理: 重复, 恶意, 非政务事项). The unit answers within
``zwgk.citizen_messages.answer_working_days`` working days of the hand-over;
the office reviews the answer (may return it once with a comment), then
publishes question and answer, without personal data, if the writer agreed.
"""
