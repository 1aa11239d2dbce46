"""政策解读: policy interpretations published with the policy they explain.

A major policy's interpretation is published together with it (the rule
of 3 working days is usually cited from 国办发〔2016〕80号), covering
background, main content, standards, measures, new-vs-old differences and
follow-up, as text, 简明问答, 图解 or audio/video.

Modules:
- ``indexers``: an interpretation is indexed under its policy's areas, and
  reindexed when the policy's directory items change;
- ``browser/``: the interpretation page (``page``) and the 政策解读 section
  (``listing``, ``@@policy-interpretations``).
"""
