"""Page parts rendered by Chameleon itself, outside Zope's TALES engine.

Inside a Zope page template every expression goes through the TALES engine
(path traversal or guarded Python), some microseconds each; a part that
repeats hundreds of times (a directory's rows, search results and facet
links) spends most of the page's time there. These fragments get plain
values (strings already translated) and Chameleon escapes them.
"""

from chameleon import PageTemplateFile


def fragment(path):
    """The Chameleon template at ``path`` (a feature's ``templates/x.pt``)."""
    return PageTemplateFile(str(path))
