"""Related stories (``content/related.py``): the ranking of the previous ``mkdocs serve``
rebuild taken over only while nothing it ranks changed."""

from conftest import read_stories

from site_plugins.content.related import RelatedIndex


def test_related_stories_of_a_rebuild_are_taken_over_only_while_nothing_they_rank_changed(tmp_path):
    files = {
        "2026/01/a.md": {"title": "Berita A", "tags": ["patroli"], "date": "2026-01-29 12:00"},
        "2026/01/b.md": {"title": "Berita B", "tags": ["patroli"], "date": "2026-01-28 12:00"},
        "2026/01/c.md": {"title": "Berita C", "tags": ["banjir"], "date": "2026-01-27 12:00"},
        "2026/01/d.md": {"title": "Berita D", "tags": ["banjir"], "date": "2026-01-26 12:00"},
    }
    stories, _ = read_stories(tmp_path, files)
    first = RelatedIndex(stories)
    ranked = {story.src_uri: [other.src_uri for other in first.related(story, 2)] for story in stories}

    files["2026/01/a.md"] = {"title": "Berita A Dikoreksi", "tags": ["patroli"], "date": "2026-01-29 12:00"}
    retitled, _ = read_stories(tmp_path, files)
    taken_over = RelatedIndex(retitled, first)
    assert taken_over.shape == first.shape
    for story_ in retitled:
        related = taken_over.related(story_, 2)
        assert [other.src_uri for other in related] == ranked[story_.src_uri]
        assert all(any(other is current for current in retitled) for other in related)  # this build's stories
    assert "Berita A Dikoreksi" in [other.title for other in taken_over.related(retitled[1], 2)]

    files["2026/01/d.md"] = {"title": "Berita D", "tags": ["patroli"], "date": "2026-01-26 12:00"}
    retagged, _ = read_stories(tmp_path, files)
    ranked_again = RelatedIndex(retagged, taken_over)
    assert ranked_again.shape != taken_over.shape
    fresh = RelatedIndex(retagged)
    for story_ in retagged:
        assert ranked_again.related(story_, 2) == fresh.related(story_, 2)
    assert "berita/2026/01/d.md" in [other.src_uri for other in ranked_again.related(retagged[0], 3)]


def test_related_stories_share_a_tag_only_within_the_polda(tmp_path):
    files = {
        "2026/01/a.md": {"title": "Berita A", "tags": ["banjir"], "date": "2026-01-29 12:00"},
        "2026/01/b.md": {"title": "Berita B", "tags": ["banjir"], "date": "2026-01-28 12:00", "polsek": None,
                         "polres": "Polres Sumbawa Barat"},
        "2026/01/c.md": {"title": "Berita C", "tags": ["banjir"], "date": "2026-01-20 12:00", "polsek": "Polsek Klojen"},
    }
    stories, _ = read_stories(tmp_path, files)
    index = RelatedIndex(stories)
    by_title = {story.title: story for story in stories}
    assert [other.title for other in index.related(by_title["Berita A"], 5)] == ["Berita C"]
    assert index.related(by_title["Berita B"], 5) == []
