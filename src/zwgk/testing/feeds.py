"""Checks of RSS 2.0 and JSON Feed 1.1 against the specifications' required
parts, as an aggregator's parser would apply them."""

from datetime import datetime
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

import json


DC = "{http://purl.org/dc/elements/1.1/}"


def parse_rss(body):
    """The <channel> of a strict XML parse; fails on any RSS 2.0 violation."""
    assert body.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ElementTree.fromstring(body)  # strict: not well-formed → ParseError
    assert root.tag == "rss" and root.get("version") == "2.0"
    channels = root.findall("channel")
    assert len(channels) == 1
    channel = channels[0]
    for required in ("title", "link", "description"):
        assert channel.find(required) is not None, required
        assert (channel.find(required).text or "").strip(), required
    assert channel.find("link").text.startswith("http")
    for item in channel.findall("item"):
        # an item needs a title or a description; ours always have a title
        assert (item.findtext("title") or "").strip()
        assert item.findtext("link").startswith("http")
        guid = item.find("guid")
        assert guid is not None and guid.get("isPermaLink") == "false"
        assert guid.text.startswith("urn:uuid:")
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
    return channel


def rss_items(channel):
    return [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "guid": item.findtext("guid"),
            "pubDate": item.findtext("pubDate"),
            "description": item.findtext("description"),
            "categories": [c.text for c in item.findall("category")],
            "creator": item.findtext(f"{DC}creator"),
            "publisher": item.findtext(f"{DC}publisher"),
            "index_number": item.findtext(f"{DC}identifier"),
        }
        for item in channel.findall("item")
    ]


def parse_json_feed(body):
    """The document, after checking JSON Feed 1.1's required keys and types."""
    feed = json.loads(body.decode("utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(feed["title"], str) and feed["title"]
    assert isinstance(feed["items"], list)
    for key in ("home_page_url", "feed_url"):
        assert feed[key].startswith("http")
    for item in feed["items"]:
        assert isinstance(item["id"], str) and item["id"]
        # content_html or content_text is required, and a string
        assert isinstance(item.get("content_html") or item.get("content_text"), str)
        assert item["url"].startswith("http")
        if "date_published" in item:  # RFC 3339
            assert datetime.fromisoformat(item["date_published"]).tzinfo is not None
        for author in item.get("authors", ()):
            assert isinstance(author["name"], str)
        assert all(isinstance(tag, str) for tag in item.get("tags", ()))
        # extensions start with an underscore
        assert all(k.startswith("_") or k in ITEM_KEYS for k in item)
    return feed


ITEM_KEYS = {
    "id",
    "url",
    "external_url",
    "title",
    "content_html",
    "content_text",
    "summary",
    "image",
    "banner_image",
    "date_published",
    "date_modified",
    "authors",
    "tags",
    "language",
    "attachments",
}
