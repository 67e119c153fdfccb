"""Related stories: the same filing unit or shared tags within the same Polda, found near
the story in time.

Each story looks only at a bounded window of its neighbours in each of its groups, so
the cost per story does not grow with the archive. No story page looks outside its Polda:
a reader of a region's news is shown that region's, and a Polda's pages can be built from
its stories alone (see ``site_plugins/shards``).
"""

from __future__ import annotations

import heapq
from typing import Hashable

from site_plugins.content.stories import Story

WINDOW = 12
"""How many neighbours on each side of a story are considered in each group."""

UNIT_WEIGHT = 2
TAG_WEIGHT = 1


class RelatedIndex:
    """Groups of stories (by filing unit, by tag), each newest first, with positions.

    ``earlier`` is the index of the previous build of this process (``mkdocs serve``): where
    every story has the same path, time, unit and tags in the same order, each story's related
    stories are the same, so they are taken from it (a saved edit to a title or a body changes
    none of them) instead of being ranked again."""

    def __init__(self, ordered: list[Story], earlier: RelatedIndex | None = None) -> None:
        self._groups: dict[Hashable, list[Story]] = {}
        self._positions: dict[tuple[Hashable, int], int] = {}
        self._times = {id(story): story.date.value.timestamp() for story in ordered}
        self._related: dict[tuple[str, int], list[Story]] = {}
        self._stories = {story.src_uri: story for story in ordered}
        shape = []
        for story in ordered:
            keys = self._keys(story)
            shape.append((story.src_uri, self._times[id(story)], keys))
            for key, _ in keys:
                group = self._groups.setdefault(key, [])
                self._positions[(key, id(story))] = len(group)
                group.append(story)
        self.shape = shape
        """What the ranking reads of every story, in order."""
        self._earlier = earlier._related if earlier is not None and earlier.shape == shape else {}

    def related(self, story: Story, limit: int) -> list[Story]:
        """Up to ``limit`` stories sharing the unit or tags, the closest in time first
        (worked out once per story: page keys and the page itself both ask)."""
        known = self._related.get((story.src_uri, limit))
        if known is not None:
            return known
        earlier = self._earlier.get((story.src_uri, limit))
        if earlier is not None:
            ranked = [self._stories[other.src_uri] for other in earlier]
            self._related[(story.src_uri, limit)] = ranked
            return ranked
        scores: dict[Story, int] = {}
        for key, weight in self._keys(story):
            for other in self._window(key, story):
                scores[other] = scores.get(other, 0) + weight
        when = self._times[id(story)]
        times = self._times
        # Highest score, then closest in time, then by path; paths differ, so the story
        # itself is never compared.
        ranked = [entry[3] for entry in heapq.nsmallest(
            limit, [(-score, abs(when - times[id(other)]), other.src_uri, other) for other, score in scores.items()]
        )]
        self._related[(story.src_uri, limit)] = ranked
        return ranked

    def neighbours(self, story: Story) -> tuple[Story | None, Story | None]:
        """The next newer and the next older story of the same filing unit."""
        key = ("unit", story.unit.url)
        group = self._groups.get(key, [])
        position = self._positions.get((key, id(story)))
        if position is None:
            return None, None
        newer = group[position - 1] if position > 0 else None
        older = group[position + 1] if position + 1 < len(group) else None
        return newer, older

    def _window(self, key: Hashable, story: Story) -> list[Story]:
        group = self._groups.get(key, [])
        position = self._positions.get((key, id(story)))
        if position is None:
            return []
        around = group[max(0, position - WINDOW) : position] + group[position + 1 : position + 1 + WINDOW]
        return around

    @staticmethod
    def _keys(story: Story) -> list[tuple[Hashable, int]]:
        polda = story.unit.lineage[0].url
        return [
            (("unit", story.unit.url), UNIT_WEIGHT),
            *((("tag", polda, tag.slug), TAG_WEIGHT) for tag in story.tags),
        ]

