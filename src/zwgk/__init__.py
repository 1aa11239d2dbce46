"""zwgk: government-affairs disclosure (政务公开) for Plone."""

from pathlib import Path
from zope.i18nmessageid import MessageFactory


_ = MessageFactory("zwgk")
PACKAGE_NAME = "zwgk"
# the package-wide data files (areas, channels, the annual report format...)
DATA = Path(__file__).parent / "data"
