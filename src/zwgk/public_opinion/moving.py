"""What 舆情 keep beside their schema, for moving a district: an order's
time of issue, the units' reports, the recorded escalations and the log,
and on orders and events the unit groups given local roles."""

from zwgk.content_types.opinion import IOpinionEvent
from zwgk.content_types.opinion import ITransferOrder
from zwgk.stored_state import StoredState


ORDERS = StoredState(
    kind=ITransferOrder,
    attributes=("issued", "reports", "escalations", "log", "_unit_groups"),
)
EVENTS = StoredState(kind=IOpinionEvent, attributes=("_unit_groups",))
