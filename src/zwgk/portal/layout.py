"""Page layout choices shared by zwgk's views."""


def full_width(request):
    """Show the page without the left portlet column.

    On a directory's table (eleven columns) and a piece of information (an
    article under its 索引号 block) the navigation portlet would only repeat
    the breadcrumbs, while costing the table its width and every request a
    navigation tree query. Plone's layout policy honours the request flag.
    """
    request.set("disable_plone.leftcolumn", True)
