"""zwgk: government-affairs disclosure (政务公开) for Plone."""

from zope.i18nmessageid import MessageFactory


_ = MessageFactory("zwgk")
PACKAGE_NAME = "zwgk"
