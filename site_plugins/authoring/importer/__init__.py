"""Raw articles, as copied from a web page or a WhatsApp message, turned into story drafts.

Everything here is a pure function of the text (and the unit registry). A field the text
does not give for sure is left with the ``ISI:`` marker, the reason, and the likely value
(``ISI: tanggal kegiatan — ...; usul: 2022-08-22``), never guessed: the check fails until a
writer fills it in.

- :mod:`.text`: control characters, chrome lines, hard wraps, Markdown
- :mod:`.chrome`: the page furniture patterns, as data
- :mod:`.when`: the event's date and time
- :mod:`.places`: the event's place and the writer's name
- :mod:`.units`: the Polda, Polres or Polsek the article is about
- :mod:`.article`: the article's parts and the draft made from them
"""

from .article import Article, draft_story, parse_article
from .places import find_location
from .units import UnitGuess, find_units
from .when import Dateline, find_dateline

__all__ = [
    "Article", "Dateline", "UnitGuess", "draft_story", "find_dateline", "find_location", "find_units", "parse_article",
]
