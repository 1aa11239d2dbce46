"""REST services of 公众参与 (plone.restapi).

- ``@consultation-comments`` on a consultation (``comments.py``): GET the
  comment form as JSON Schema, POST a comment, the public and the staff
  lists, PATCH a comment (moderation, adoption), the feedback.
- ``@participation-list-export`` / ``@participation-list-import`` on a
  participation list (``lists.py``).
- The consultation's own JSON (``serializer.py``) adds its state and, once
  published, its feedback; never a comment.
"""
