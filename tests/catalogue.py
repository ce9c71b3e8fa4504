"""What the HTML catalogue lists, for tests that compare it with the API, the downloads and the feeds."""


def catalogue_slugs(client, query: str = "") -> list[str]:
    """Every project the HTML catalogue lists for the query, across all its pages, in its order.

    Its paginator pages through the whole result, a queryset in the list's order.
    """
    response = client.get(f"/en/projects/{query}")
    assert response.status_code == 200
    return [project.slug for project in response.context["paginator"].object_list]
