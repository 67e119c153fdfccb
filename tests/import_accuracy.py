"""How `portal import` does on real articles: each field right, flagged, or wrong.

The articles are in ``tests/fixtures/import/``: ``<name>.txt`` is the text as pasted (a short
excerpt of the page at the ``source`` address), ``<name>.yml`` its true values read by hand.
A value of ``null`` means the text does not give it: the only right answer is an ``ISI:``
flag. Any field may list several right ways to write it. ``held_out`` articles were not
looked at while the importer was tuned: ``true`` marks the first held-out set, ``2`` to ``193``
the later ones, each gathered later and valued by hand before the importer ever ran on it. Set 6
holds 33 articles from 33 sites no earlier article came from (Polda and Polres tribratanews
sites, Polres sites, Blogger news sites, regional editions of national portals and local
portals), chosen for shapes the earlier sets had few of: hard wraps with empty lines between,
no headline, datelines with a unit or a date, bylines and credits at the end, two units, dates
without a year or only closing a speaker's words. Set 7 holds 31 articles from 31 more new sites
(Polda, Polres and Polresta tribratanews sites, Blogger news sites, regional pages and regional
newspapers, national portals and local portals, from Sumatra to Maluku): patrols of sea police and
of Polsek in big cities, datelines glued to the lead or to the site's name, a headline only in a
caption or closed by a full stop, writers under the headline or alone at the end, units written as
short forms or as Polresta where the registry holds a Polres, dates without a year or only in a
speaker's words, and pages naming no place, no date or no unit below the Polres. Set 8 holds 32
articles from 32 more new sites (a Polda's own site, Polres tribratanews, humas and Blogger sites, a
news agency, pages of national portals, an aggregator and local portals, from Aceh to NTT): newsrooms'
datelines far from the event, a lead telling another incident first, a weekday that disagrees,
dates only in a speaker's words, without a year or in the dateline, stamps in English or after a
byline, hard wraps, list articles, a Polsubsektor and sea patrols. Set 9 holds 31 articles from 31
more new sites, every host's name starting with a letter from ``a`` to ``m`` (a Polda tribratanews site,
a news agency's regional pages, pages of national portals, regional newspapers, Blogger news sites and
local portals, from Lampung to Gorontalo): newsrooms' datelines, datelines with a province or the day
of writing in brackets, headlines below the article or in a caption's table cell, title bars with the
site's name, English stamps, bylines above the dateline, two units, a Polsek Rayon, short unit names,
a weekday that disagrees and days without a year.
Set 10 holds 35 articles from 35
more new sites (Polres and Polresta tribratanews sites, a Polres site, a Polda's news portal, Blogger
news sites, a village's blog, regional pages of national portals and local portals, from Aceh to
Papua): datelines naming three units or a site and a province, dates in words with their time, with
dashes, without a year, only in a speaker's words or with a weekday that disagrees, the time as a
labelled list, a span of days, hard wraps inside sentences, two Polsek patrolling together, writers in
brackets or after a desk's name, headlines in capitals, between asterisks or under a menu's ticker.
Set 11 holds 30 articles from 30 more new sites (a Polda tribratanews portal, a Polres site, a
Polresta unit's Blogger site, Blogger news sites, regional dailies, city pages of national portals, a
lifestyle blog and local portals, from Sumatera Utara to Sulawesi Barat): ad names and tickers around the headline,
datelines glued to a site's name by bars, tildes or dashes, a newsroom's or a Polda's name as dateline,
dates with two-digit or broken years, without a year, only after a quote, a weekday that fits another
year, no date at all, Polsek whose Polres is never named, a Polda directorate or desk with no Polres,
and reporters in a stamp, a byline or a 'Laporan Wartawan' line.
Set 12 holds 33 articles from 33 more new sites (Polres tribratanews sites, a Polres site, a
Polda directorate's blog, a Satpolair's blog, Blogger news sites, regional dailies, a news agency's and
national portals' regional pages and local portals, from Aceh to Papua Barat): headlines only at the
end or in capitals, stamps with seconds or the month first, page buttons and advertisements, datelines
of a humas office, of a site with a bar or a lowercase l, glued to the date or split over two lines,
dates in a quote with 'pada hari … tanggal … pukul', as city/day/month/two-digit year at the end, only
in a speaker's words, without a year or only another incident's, no date at all, patrols every night
in general, a circular's date beside the patrol's, a Polda's Brimob or directorate with no Polres,
Polsek whose Polres is never named, a misspelt Polresta, and writers in a byline above the text or
twice under the headline.
Set 13 holds 32 articles from 32 more new sites (Polres and Polda tribratanews sites, a Polrestabes's and a
Polresta's sites, a radio station's site, Blogger news sites, regional dailies, a news agency's and national
portals' regional pages, an aggregator and local portals, from Aceh to Papua): ad placeholders, breadcrumbs,
share counts and days of reading around the headline, datelines alone on the first line, glued to a site's
name by a full stop, two slashes, two hyphens or an underscore, or a stamp glued before them, a misprinted
year, two-digit years, weekdays that disagree, a night written as a span of two days, dates only in a
caption, in a speaker's words, without a year or only another incident's, Polda directorates on rivers and
across two regencies, a port Polres, Polsek written as one word or named for the city's district, and
writers after 'Oleh', 'Penulis :' or alone in brackets.
Set 14 holds 32 articles from 32 more new sites (Polda tribratanews sites, a Polrestabes's and a Polres's
sites, regional dailies and their editions, a news agency's regional pages, Blogger news sites and local
portals, from Aceh to Papua Barat): headlines three times around avatars, stamps and share buttons, rubric
lines and decks, days of reading with the weather, datelines of a province's short form, of a newsroom's
initials, of another outlet's name, of the provincial capital far from the patrol or with the full date,
glued to the lead by a bar or an en dash, dates in words without a weekday, two-digit years, a weekday that
disagrees, days without a year, a patrol's day whose year only a protest's date gives, a feast's date before
the patrol's, no date at all, combined teams of three Polsek, Polsek whose Polres is never named, a Polda
named only by its Kapolda, stray markup inside a sentence, and writers in a 'Laporan Wartawan' line, in a
byline with the editor, after 'Jurnalis :' or 'Penulis :' or in brackets with the site.
Set 15 holds 32 articles from 32 more new sites (Polda, Polres and Polrestabes tribratanews sites, Polres
sites, a Polres site's printed category page, regional dailies and an ads subdomain of one, a TV station's
site, a news agency's regional pages, Blogger news sites and local portals, from Aceh to Papua): reading-mode
buttons, comment widgets, hashtags, cut teasers of later stories and a Polda's footer address, datelines of
another site's address, of a kelurahan, of the Polresta's name or of the province's capital far from the
patrol, glued to the lead by an underscore, a hyphen or a full stop and hyphen, or run into it with no mark,
a text opening with its date, dates only in a caption or a stamp, a statement's day that the stamp's year
completes, hard wraps inside sentences, a Polsubsektor as the acting post, a Polsek and a Polres named
'Banjar' whose province only a neighbourhood's name tells, and writers after 'Penulis', after 'Laporan' in
capitals or alone in brackets.
Set 16 holds 32 articles from 32 more new sites (a national TV station's and a national daily's regional
sites, regional dailies and their editions, news agencies' regional pages and one carrying another province's
story, regency and provincial government sites, Blogger news sites and local portals, from Aceh to Papua):
rubrics glued together, view counts, close signs, ad banners, image file names glued to a paragraph, later
stories' teasers with their own dates, comment forms, datelines of the provincial capital far from the patrol,
of another site's address, of a Polda's name, split over two lines or glued to the lead by a comma, a double
bar or two dashes, whole articles glued at the full stops, dates without a year or with one cut to three
digits, a day that a stamp three months later calls 'kemarin', only a statement's day for nightly patrols, a
start date far down, no date at all, two Polsek of a Polresta at once, Polsek whose Polres is never named, a
Polres's team led by a Polsek's chief, Polda Brimob and directorates on islands and markets, and writers on
their own line under the headline, after 'Penulis', 'Laporan Wartawan' or 'Redaksi:'.
Set 17 holds 32 articles from 32 more new sites (Polda, Polres and national tribratanews sites, Polres
sites, a Polres's Blogger site, regional dailies and their subdomains and AMP pages, a national daily's and a
news agency's regional pages, a city news site, Blogger news sites and local portals, from Aceh to Papua
Barat Daya): category links run together, close marks, share bullets, a theme's placeholder, photo captions
dated the next day, 'Baca Juga' headlines inside the text, Blogger's comment lines, datelines of a Polda, a
Polres and a Polsek together, of a site's address with a kecamatan and a written date, of a Polres with its
Polda after two slashes, of the provincial capital far from the patrol, glued to the lead by a hyphen, an em
dash or a comma and hyphen, a date alone on a line, closed by a square bracket or after a slash, weekdays that
disagree, years only in an operation's name or a stamp, statements' days for ongoing patrols, no date at all,
Polsek named by a kecamatan's short form or for another kecamatan, Polres and Polresta in their common short
forms, a Polsubsektor at a harbour, and writers after 'Laporan:', in a byline with bars or alone in brackets.
Set 18 holds 32 articles from 32 more new sites (Blogger news sites, regional dailies and their sites, a
news agency's provincial page and portals carrying its stories, a national network's regional sites and AMP
pages, a national portal's mobile page, police-themed and journalists' portals and local portals, from Aceh
to Papua): template ad placeholders, stray stored stamps and words above the headline, addresses and
mastheads, headlines twice around close marks, photo captions with their credits, 'BACA JUGA' and 'Baca:'
lines, a paragraph pasted twice, comment forms, datelines of a province over a city's Polsek, of a regency's
short name in square brackets, of two outlets run together, of a regency followed only by a comma, split by a
bar, or alone on its line glued to a site's address, a lead's sentence broken by blank lines, a mistyped
year, two-digit years, a year only in an election's name, an election's date before the patrol's, a
holiday's date after the statement's and the stamp's, a national day in a neighbouring city, statements'
days for ongoing patrols, days without a year, no date at all, a closing paragraph naming a regency in
another province, Polres in short forms or written out ('Polisi Resort', 'Polres Kota Banjar'), a Polresta
unnamed in the lead, a joint patrol of a Polda and a Polres, and writers in a 'Laporan' line, a bureau
chief's credit, a 'Penulis:' line or a name alone in brackets or on the last line.
Set 19 holds 32 articles from 32 more new sites (Polda, Polrestabes and Polres tribratanews and news sites, a
Brimob detachment's and a Polres's Blogger sites, regional dailies and their AMP pages, a TV network's regional
site, an aggregator reposting a news agency, a feature site, Blogger news sites and local portals, from Aceh to
Papua): ad lines, photo captions above headlines, share buttons, close marks, age stamps, 'Baca Juga' and
'BACA JUGA:' headlines, Blogger's comment lines, hard wraps inside names and words run together, datelines with
a paper's name in brackets and a colon, with two bars or two slashes, of a neighbouring regency, glued to the
lead by a hyphen or split over two lines, weekdays that disagree with their dates, 'malam Rabu' before a
Wednesday's date, two months for one Friday, years left out, a fourteen-day range, crimes dated beside undated
patrols, no date at all, Polsek spelt otherwise than the registry, Polsek patrolling another kecamatan, Polres
written 'Polres Kota' or acting in another regency, Polda Brimob detachments under an older Polda, and desk and
press office codes at the end.
Set 20 holds 32 articles from 32 more new sites, every host's name starting with a letter from ``a`` to ``m``
(a Polda news site's migrated copy, news agencies' provincial pages, regional editions of national portals,
a national daily's regional page, Blogger news sites, regional dailies and local portals, from Aceh to Papua
Barat): a Blogger theme's menu and '404' notice, breadcrumbs, weather and notification widgets, ad labels,
view counts, tickers of other headlines, photo captions and credits above the text, 'Baca Juga' lines,
datelines glued by bars, slashes, an underscore or a lowercase l, a dash garbled into another letter, the
first word in capitals on its own line, a list announced and missing, dates with two-digit years, without a
year, as ranges over two days, only in a photo caption or in a speaker's words, a weekday that disagrees, a
date a month before the Ramadan it tells of, patrols announced for coming holidays, Polda Brimob and
directorates as acting units, Polresta in their common short forms, and writers in a Blogger byline with
the newsroom in brackets, a 'Reporter:' line or an agency's 'Pewarta:' line.

Set 21 holds 32 articles from 32 more new sites, every host's name starting with a letter from ``n`` to
``z`` (Polda and Polres tribratanews and Blogger sites, regional dailies and their AMP pages, national portals'
regional pages and Ramadan channel, a Blogger site reposting a news agency and local portals, from Aceh to
Papua): app prompts and 'Read Next' lines, rubrics, headlines two and three times, stamps, photo captions dated
months earlier, share, related-post and comment lines, datelines with a written date a day after the patrol,
misspelt and closed by bars, glued to the lead by a comma, alone on a line with the site's initials or with
a regency's short form and the site's initials in brackets, weekdays that disagree with their dates, years
of two digits or left out, Hijri and Saka years, spans of nights and of guard duty, statements' days for
ongoing patrols and for appeals before Ramadan, Polsek only in short forms ('Polsel') and patrolling a
neighbouring kecamatan, Polres in short forms ('Batola', 'Sidrap') or never named, a Bhabinkamtibmas with no
unit named, meetings with tribal chiefs and village election officials, and writers alone in brackets, with
a credential, or in a 'Penulis: | Editor:' line.

Set 22 holds 32 articles from 32 more new sites, every host's name starting with a letter from ``a`` to ``m``
(regional dailies and their sites, news agencies' provincial pages, two of them carrying a neighbouring province's
story, national and local portals and their AMP pages, a local TV's portal, a palm-oil trade portal and a Blogger
news site, from Aceh to Papua): a site's address and copyright lines, ad placeholders, image file names and photo
captions dated without a year, stamps split by bars, headlines twice or in capitals, 'Baca Juga' and 'BACA JUGA :'
lines, other stories' openings, Blogger's comment lines and mojibake quote marks, datelines of the capital for a
story from Malang, of a province's capital for a regency, of a site's name alone, glued by hyphens or a double
bar, with stray brackets or with a date of another month run into the lead, dates in words inside a feature's
opening scene, a patrol's hour after midnight on a night's weekday, a later date left dangling after the lead,
years of two digits or left out, statements' days for routine patrols, Polda directorates, task forces and a
forest unit as acting units, Polres never named beside their Polsek or written 'Polres Kabupaten', a Polsek's name
with a typographic apostrophe, and writers after 'Oleh :', 'Pewarta :', 'Reporter :' and 'Penulis:', in brackets
in capitals or alone in square brackets.

Set 23 holds 32 articles from 32 more new sites, every host's name starting with a letter from ``n`` to ``z``
(Polres sites and their tribratanews subdomains, a Polres site carrying its Polda's story, a news agency's
provincial page, regional and regency editions of national networks, regional dailies, Blogger news sites,
features and local portals, from Sumatra to Papua): rubrics, share buttons and close marks, headlines repeated,
photo captions with credits, publication stamps, 'Baca Juga' lines, comment counts and forms, datelines glued
to the lead by a hyphen or a comma, with a bar or a double bar, a city in brackets after the site, a
neighbouring regency or the site's own city over another regency's story, dates with two-digit years, without a
year, only in a caption, in a speaker's words or across two days, hard-wrapped lines, a short form that reads
as a place ('Bali' for balap liar), Polsek patrolling another kecamatan, Polres never named above the Polsek,
Polda directorates and Brimob as acting units, and writers credited at the end, as two names joined by a hyphen
or not at all.
Set 28 holds 32 articles from 32 more new sites, split between hosts from ``a`` to ``m`` and from ``n`` to ``z``
(Polres tribratanews sites, Polda and Polres news on regional dailies and portals, a TV station's site, a
national portal's city pages, a news agency's story on a portal, Blogger sites, a tech blog and an art studio's
site carrying police news, from Aceh to Papua): clutter above the headline, headlines twice or only at the end,
datelines of a site's name, of a city alone on a line, of another province, glued to another site's name or run
into the lead, dates with the hour, in brackets in words, broken over two lines, only in a speaker's words or an
attribution, without a year or absent, a paragraph machine-translated into English, coordinates on lines of their
own, hard-wrapped text, joint patrols of the army and police, an operation's team beside a Polres, Jumat Curhat
meetings, and writers in brackets, after 'By' or not at all.
Set 29 holds 32 articles from 32 more new sites, split the same way (regional dailies and portals, Polres sites,
Blogger news sites, a news agency's regional page, a spun copy of a national story, from Aceh to Papua): site names
and taglines above the headline, headlines only in a photo caption or repeated, datelines between pipes, glued by
an underscore or a comma and hyphen, of a misspelt kecamatan or of a province's capital far from the patrol, dates
in words after 'pada hari … tanggal', with a spaced slash, a two-digit year, only in a quote, only in the copyright
line or not at all, a weekday that disagrees, numbered lists of mosques, long lists of officers in capitals, a Polda's
directorate on a river, joint patrols with the army, Polres never named above a Polsek, and writers as initials in
brackets, a desk or a humas office.
Set 30 holds 32 articles from 32 more new sites, split the same way (Polres and Polda tribratanews sites and
blogs, a Polda directorate's and a Brimob unit's sites, a kelurahan's site, regional dailies and portals, a campus
TV site, AMP pages of national portals, from Aceh to Papua): breadcrumbs, banner and template placeholders, date
widgets for another day, 'Baca Juga' and 'BACA SELENGKAPNYA' lines, comment forms and feed footers, headlines
missing from the paste, misspelt or three times, datelines holding the date, dates in words or with two-digit
years, only a release's or a statement's day, only a Hijri year, a year from another event or the page's English
stamp, Jumat Curhat meetings on a ship or a beach, a Brimob squad on loan to another Polda, joint sea patrols,
two Polsek of the same name in different Polda, and writers as initials, editors or a name at the end.
Set 31 holds 32 articles from 32 more new sites, split the same way (a Polda's tribratanews site, regional dailies
and portals, Blogger news sites, a radio station's and an army district office's blogs, from Aceh to NTT): headlines
twice or missing, a whole article on one line, a stored page 2 opening on a quote, essays with subheadings, site names
glued by an underscore, datelines of a province with the site and the day of writing, dates with hyphens, in the
dateline, only a statement's or a period's, 'yesterday at 10 pm', or a year only in 'pergantian tahun 2020 ke 2021',
routes of ten stops and chains of places down to the neighbourhood, a raw shortcode, copy-protection lines, quotes with
backslashes, joint patrols of the army and police, and writers in bylines with stamps, slashes or alone at the end.

Set 32 holds 29 articles from 29 more new sites, every host's name starting with a letter from ``a`` to ``m``
(national and regional portals, a news agency's regional page, Blogger reposts, regional dailies' city editions,
local portals, from Aceh to NTT): stamps above the headline, breadcrumb and rubric lines, a file photo's caption
and credits, 'Baca Juga' and 'BACA JUGA' lines, an ad script, a second page opening on a subheading, the headline
twice, datelines of a Polres, dates only in a speaker's words, without a year or only as a weekday under a stamp,
a patrol's timetable by the hour, lists of churches and villages, a Polsek with no Polres named, joint patrols on a
border, and writers as a desk code, a photographer's credit or a name.
Set 33 holds 28 articles from 28 more new sites, every host's name starting with a letter from ``n`` to ``z``
(Polres and Polda tribratanews sites, regional dailies and portals, Blogger news sites, a travel site's page, from
Aceh to Maluku): slashed stamps, headlines twice, in lower case or missing, a caption as the first line, weather
and breadcrumb lines, datelines of a site in brackets, a city glued to a weekday or a bracket left open, dates in
words, with two-digit years, without a year, mistyped the second time or only closing a speaker's words, a
Saturday night's patrol past midnight, numbered sites and routes, an army-led patrol with a Polsek's men, a Polres
never named above its Polsek, Jumat Curhat meetings, and writers as initials, a press office or a name.

Set 34 holds 29 articles from 29 more new sites, split the same way (Polda and Polres tribratanews sites, an army
command's site, regional dailies and portals, Blogger news sites, an aggregator's copy, from Aceh to Papua): excerpts
without their headline, a headline three times or as a caption, another story's photo caption before the dateline,
'Baca Juga' lines, a whole story in one paragraph, hard-broken lines, dates only in the last paragraph, only closing a
speaker's words, without a year, with two-digit years, a span of days or a weekday that does not fit, a Polsekta's old
name, a Polres named under another Polda than the registry's, joint patrols with the army, routes of villages, plans
told as patrols, and writers as names, initials or a desk's credits.

Set 35 holds 28 articles from 28 more new sites, hosts ``a`` to ``m`` (Polres sites, regional editions of national
portals, regional dailies, a student's and a Polsek's Blogger reposts, from Aceh to Maluku): rubric lines above the
headline, datelines glued to the first sentence or naming another city, the headline twice or only below the text,
dates in words, with two-digit years, without a year, only in a speaker's words or a weekday that does not fit,
broken stamps, photo captions holding other dates, a Polres never named above its Polsek, a story naming no unit,
plans told as patrols, and writers as initials in brackets, a byline with a reporter's line or a name in brackets.

Set 36 holds 27 articles from 27 more new sites, hosts ``n`` to ``z`` (Polres sites and their Blogger sites, regional
dailies and portals, an AMP page, a staging copy, from Aceh to Papua): garbled datelines, a site's name glued to the
lead by an underscore, lines in lower case without full stops, a first paragraph twice, dates with the year only in
the dateline, without a year, only closing a quote, a weekday that fits another year, a Polres misspelt, two Polsek
of one name in the registry, a Polsek acting in a neighbouring district, no unit named, and writers as initials in
brackets, a "Laporan:" line, Penulis and Editor lines.

Set 37 holds 25 articles from 25 more new sites, hosts ``a`` to ``m`` (regional news agency and national network pages,
local portals, an AMP page, a Blogger site, a news page on an unrelated domain, from Sumatra to Papua): a story's second
page without its headline, letters written with look-alike Cyrillic ones, a pull quote or an unrelated caption before the
dateline, a dateline of another city, hard breaks inside sentences, a weekday glued to its date, dates in words, with
two-digit years, without a year or only in a speaker's attribution, raids and plans told as patrols, and writers as names.

Set 38 holds 24 articles from 24 more new sites, hosts ``n`` to ``z`` (Polres sites, regional dailies and portals, a
national network's regional page, from Sumatra to Papua): a credit line before the headline, the headline and caption
twice, a dateline of Jakarta over a Kalimantan story, a unit called by another rank of its name, a Polsek whose name is
also a regency's, dates whose weekday does not fit, without a year, given only by an operation's name, over two days or
not at all, a chat widget closing the page, and writers in brackets in capitals, after the last quote or in a credit line.

Set 39 holds 24 articles from 24 more new sites, hosts ``a`` to ``m`` (Polres and Polda sites, a national TV network's
and regional portals, Blogger sites, from Sumatra to Sulawesi): stored starts of pages cut mid-sentence, a lead missing its
first word, a malformed date, a weekday a day off its date, dates without a year, only a weekday or only a publication
stamp, two Polsek patrolling together, a Polda's press office as the only unit, an operation's task force, and writers
in a byline or a credit with a desk.

Set 40 holds 24 articles from 24 more new sites, hosts ``n`` to ``z`` (a Polda's site, Polres tribratanews sites, regional
dailies and portals, Blogger reposts, from Aceh to Sulawesi): capitalised site and unit lines, a full date in the
dateline, a site's name glued to the lead, a pipe in the dateline, repeated captions, an English stamp with the writer,
weekdays all a day off their dates, dates without a year or closing a quote, routes of villages and lists of streets,
a Polsek name two Polda hold, no unit named, and writers in brackets, after a comma or as initials.

Set 41 holds 18 articles from 18 more new sites, hosts ``a`` to ``m`` (regional dailies and portals, Blogger news sites,
from Aceh to Kalimantan): no headline or a crosshead first, the headline three times, a caption repeating the lead,
Markdown stars left in, a word broken over two lines, dates written with hyphens, over two days, without a year, only
as ``kemarin`` or as a fragment after the paragraph, a misspelt unit, and writers as a desk, initials, a name in
capitals or a handle glued to the last sentence.

Set 42 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (regional editions of national portals, regional
dailies and portals, an aggregator's teaser, a Polresta's own site, from Sumatra to Papua): a story starting mid-way,
a dateline split over two lines or of another city, backslashed quotes, the lead pasted twice, a caption's date that
disagrees, dates without a year, from a dateline's tag or from a page's stamp, a Polres never named, briefings and
parades next to patrols, and writers in lower case in brackets or in a republished story's byline.

Set 43 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (regional dailies and portals, a regional edition
of a national portal, Blogger news sites, from Sumatra to NTT): a headline under a ticker, a caption before the
dateline, a newsroom's dateline far from the story, a "today's date" widget, a story's second page, dates without a
year, from a publication stamp or closing a speaker's words, a misnamed Polsek, and desks or editors as the only credit.

Set 44 holds 18 articles from 18 more new sites, hosts ``n`` to ``z`` (a Polres's Blogger site, Polres sites, regional
dailies and portals, a machine-reworded copy, from Sumatra to Sulawesi): the headline twice under a date bar, a patrol
over two days, no headline, no date or only the hour, a dateline of emoji and bars glued to the first word, a misspelt
weekday, a two-digit year, a weekday that disagrees, hard wraps, a caption pasted three times, a paste starting
mid-article, and writers as handles or a name before an editor's.

Set 45 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (regional dailies and portals, a Polres's
tribratanews site, a national network's regional edition, from Sumatra to Sulawesi and NTT): no headline, an ad
headline mid-text, an empty "Baca Juga" line, a dateline far from the story, dates only in a quote or alone in
brackets, an address's year that disagrees with the text's, no date at all, and a bare name, initials, a username or
an editor as the only credit.

Set 46 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (a Polres's Blogger site, Polda and Polres
sites, regional dailies and portals, a news agency's regional edition, from Sumatra to Papua): no headline, a
headline printed three times, a dateline of another Polres, a link broken inside the lead's date, days without a
year, a speaker's date as the only one, a caption printed twice, garbled quotes, two Polsek on one patrol, and a
photographer's credit beside the writer's.

Set 47 holds 17 articles from 17 more new sites, hosts ``a`` to ``m`` (regional portals and dailies, a Polres's
Blogger site, an aggregator republishing a broadcaster's story, from Sumatra to Sulawesi and NTB): no headline, the
headline twice among banner placeholders, a date alone after the first sentence, a two-digit year closing a quote,
only an English publication stamp, a day without a year, a place by kilometre in short forms, a village name run
together, subheads in the body, and initials as the only credit.

Set 48 holds 18 articles from 18 more new sites, hosts ``n`` to ``z`` (regional portals, Polres Blogger sites, a
Polres's own site, republishing and video-mirror pages, from Sumatra to Papua): no headline, a paste opening on a
photo caption, unrelated headlines above the story, a page's "read on" date, a weekday that does not fit, a
day and month without a year, a month and year only, a "yesterday" under a blog's stamp, a route of six streets,
a Polres never named, and garbled quotes.

Set 49 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (regional portals and dailies, Polres sites,
from Sumatra to Kalimantan and Sulawesi): no headline, a stray ``-->`` in a headline, a story's second page, a photo
credit running into the dateline, a weekday that does not fit, days without a year, the year only in a byline stamp,
"Saturday night" under a Sunday dateline, lists of villages and of Polsek meeting at their borders, and writers in
brackets.

Set 50 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (regional portals, Polres sites and Blogger
sites, a personal blog, from Sumatra to Maluku): no headline, the headline twice or glued to the dateline, a domain or
a site's name as the dateline, a two-digit year, a dateline's weekday that does not fit, a year only in the address or
in the surrounding text, a visit over two days, a "read also" block and an unrelated headline in the body, hard line
breaks, a caption in table bars, and initials, a desk or a bare name as the only credit.

Set 51 holds 18 articles from 18 more new sites, hosts ``a`` to ``m`` (regional portals and dailies, a TV station's
site, a tag page, from Aceh to Sulawesi and Lombok): no headline, the headline only as an image's caption or twice,
a dateline glued to the first word, a two-digit or mistyped year, no year, a fortnight's span, a page's posting date
as the only year, a route between districts, and credits as a reporter's line, a name in brackets, initials or a desk.

Set 52 holds 16 articles from 16 more new sites, hosts ``n`` to ``z`` (regional portals, Blogger sites, a Polsek's
own site, an aggregator, from Sumatra to Sulawesi): pastes starting mid-article with no unit or date, the headline
twice or after a summary, tag text inside the first sentence, a dateline far from the village, a date with hyphens,
"Malam Sabtu" beside a Saturday's date, a day after the dateline's, no year, hard wraps, and initials at the end.

Set 53 holds 17 articles from 17 more new sites, hosts ``a`` to ``f`` (regional and national portals, regional
dailies, Blogger sites, a Polda's own Blogger site, an aggregator, from Aceh to Papua): no headline or the headline
three times, a photo caption before the headline, pastes starting mid-article, datelines of a city and a site, of a
site alone, of a unit's name or garbled, a patrol over two days, a quote's date as the only date, no year, line breaks
inside sentences, and credits on the first line or in brackets.

Set 54 holds 15 articles from 15 more new sites, hosts ``g`` to ``z`` (provincial and city news sites, regional
dailies, a daily's English edition, a regency's subdomain, from Riau to Papua): no headline, a meta list with icon
names, a second page starting mid-story, datelines of a regency with a site's initials in brackets or glued to the
site's name or to the lead, a weekday that does not fit the date, a two-digit year glued to the lead, no year, a
bulleted list of villages, and an advertisement's text repeated.

Set 55 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (regional portals, a Polsek directory site,
Blogger-like sites, from Sumatra to Sulawesi): the headline twice, a province or a breadcrumb above it, "read also"
teasers inside, second pages with no unit, place or date, a broken year, a weekday that does not fit, a patrol over
two days, a date only in a photo's caption or closing a speaker's words, a year only as "the end of 2019", and
credits as a bare name, "Penulis:", "Oleh :", initials or a site's desk.

Set 56 holds 19 articles from 19 more new sites, hosts ``n`` to ``z`` (a Polres's tribratanews site, a Polresta's own
site, regional and national portals, a radio network's and a newspaper group's regional sites, from Aceh to Maluku):
no headline, datelines with the date, days without a year, a page's stamp that is not the patrol's day, line breaks
inside sentences, a clock time at night, a photo file's name that looks like a date, and writers named at the end or
only a desk.

Set 57 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (regional and provincial portals, AMP pages,
a Blogger site, a network's city subdomain, from Sumatra to Sulawesi and Lombok): no headline or the headline twice,
a reporter's credit and a photo's caption before the body, a rubric and a view counter run together, a banner in
decorative letters, datelines of a site's name glued to the first word or with a vertical bar, a date as a fragment,
with stray spaces or a two-digit year, a weekday that does not fit, no date at all, and a long preamble.

Set 58 holds 17 articles from 17 more new sites, hosts ``n`` to ``z`` (Polres sites and tribratanews subdomains,
regional portals and a daily, a keyword page, from Sumatra to Papua): no headline, theme placeholders and a byline
widget with no name, the headline twice or repeated in the lead, datelines with a full date, in square brackets or on
a line of their own, a mistyped year, a day without a year, "kemarin" beside a statement's date, a unit named only as
"Sektor", garbled words, a list of streets, and initials at the end.

Set 59 holds 19 articles from 19 more new sites, hosts ``a`` to ``m`` (regional and local portals, Blogger sites, a
regional daily, an AMP page, from Aceh to Nusa Tenggara and Sulawesi): no headline or the headline twice or only in a
breadcrumb, photo captions in table cells, a kicker, a cut teaser and related headlines before the text, a page's
saved day and posting stamps, share-button words, a dateline of the whole unit chain or run together with commas, a
day without a year, a two-digit year, "Malam Natal" as the only day, a unit never named, and credits as "Laporan :",
"Editor ;", a desk or initials.

Set 60 holds 19 articles from 19 more new sites, hosts ``n`` to ``z`` (a Polres's tribratanews site, local and
village portals, Blogger sites, a TV station's and a religious organisation's sites, a residents' blog, from Sumatra
to Papua): no headline or only a photo's caption in a table cell, ad placeholders, every line indented, datelines
glued to another site's name or to the lead by underscores or a dash, a day of writing without a year, the date
written out with a lowercase month, paragraphs parted by lone full stops, no unit named, and a poster's name as
the writer.

Set 61 holds 16 articles from 16 more new sites, hosts ``a`` to ``m`` (regional portals and dailies, a news agency's
regional site, from Sumatra to Sulawesi and Maluku), half of them community policing beyond patrols (security-post
contests, neighbourhood officers, school ceremonies): no headline in half of them, a second page, bullet lists, a
site's menu, a mistyped year (2923), a two-digit year, "Hari ini" and a weekday alone, and writers in brackets or only
an editor.

Set 62 holds 10 articles from 10 more new sites, hosts ``n`` to ``z`` (a Polres's Blogger site, local portals and TV
stations' sites, from Sumatra to Papua): no headline or the headline twice, a day whose year only the page's stamp
gives, a date beside "kemarin", a two-digit year, two acceptable unit readings, and writers at the end.

Set 63 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (regional portals and dailies, Blogger sites,
reposts of a Polda's stories, from Aceh to Maluku), beside patrols also forest patrols with the forestry company,
guard-post contests and a service post's inspection: a headline only in a closing "Berita dengan Judul:" line, the
headline twice, hard-wrapped Blogger text, a date and hour closing a speaker's words, two days of one event, a
two-digit year, days without a year, sentences run together ("Selatan.sabtu 3/8/2019.Menurut"), "Baca juga"
lines, a Polsek by its short local name, and no unit named.

Set 64 holds 10 articles from 10 more new sites, hosts ``n`` to ``z`` (local portals, an investigative tabloid's
site, a business daily's regional pages, from Sumatra to Maluku Utara): no headline or the headline twice with a
full stop, a caption pasted twice, datelines in asterisks, a date only in the dateline, an hour in words
("pukul delapan malam"), a weekday alone beside the page's stamp, a Polres named only among trailing tag words, and
no unit named.

Set 65 holds 11 articles from 11 more new sites, hosts ``a`` to ``m`` (local and regional portals, investigative
tabloids' sites, from Aceh to NTB): a headline with a press office's prefix ("Humas Polda NTB:"), no headline, a
section label above the headline, datelines with a unit and its Polda or glued together, a writer credited at the top,
a date only closing a speaker's words, a two-digit year, a weekday that disagrees, a curfew patrol's route of six
streets, and pastes cut before the end.

Set 66 holds 12 articles from 12 more new sites, hosts ``n`` to ``z`` (a Polres's own site, local portals, a document
site's text of a PDF, from Sumatra to Papua), half of them community policing beyond patrols (guard posts of
operations, a coffee morning, a meeting, neighbourhood officers): no headline or a photo's caption instead, lines
broken mid-sentence, a mistyped year (2051), a dateline naming another city than the event's, a two-digit year in a
stamp after a quote, a page of a longer story alone, and writers above the body or as a desk's tag.

Set 67 holds 16 articles from 16 more new sites, hosts ``a`` to ``m`` (local and regional portals, a TV station's
site, a Blogger news site, from Aceh to Maluku): border patrols with the army, joint patrols and raids, a Jumat Curhat
at a mosque and at a kelurahan office: no headline, an all-caps headline, the headline twice or glued to a tag, ad
banners around the headline, two datelines, a day glued to the sentence or after a full stop, dates only in a
spokesman's words, a weekday that disagrees, days without a year, a route of villages, a unit written two ways, and
writers in brackets, as a desk or above the dateline.

Set 68 holds 10 articles from 10 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's and a water police
unit's own sites, a Blogger repost, from Sumatra to Papua), half of them beyond patrols (radio dialogues, a Kapolda's
visit, figures, features): a dateline of another city than the event's, a news ticker with another date, a two-digit
year, a weekday alone, emoji subheads and bullet lists, a weekday that disagrees, a headline with a stray letter, and
an opinion piece naming nothing.

Set 69 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (regional portals, a government news agency's
site, a Blogger site, local TV and magazines, from Aceh to Sulawesi Utara), a few of them community policing (parades
launching neighbourhood officers, a Kapolda's visit, holiday escorts): headlines with section words and standfirsts,
byline rows with their own stamps, three stories of one Polres's tourist-spot patrols from three sites, bare lists of
places, dates with hours, a date closing a quote, days without a year, a two-digit year, and writers at the end or in
a reporter's line.

Set 70 holds 11 articles from 11 more new sites, hosts ``n`` to ``z`` (a Polres's tribratanews site, a regency's portal
reposting a daily, Blogger sites, an AMP page, from Jawa to Papua), most of them community policing (forums, visits to
a Polsek by kindergartens, orders to village officers): no headline, a photo's caption on top, an empty byline, a
dateline naming another site, a date given as two days, days without a year, no date at all, and a team's name in place
of a unit.

Set 71 holds 10 articles from 10 more new sites, hosts ``n`` to ``z`` (local portals, a regency government's site, a
Polres's tribratanews site, a Blogger site, from Riau to Papua), three of them community policing (a security post
opened, visits to boarding schools and a church): headlines twice, no headline, a photo caption and credit on top,
dates in brackets with a two-digit year, a date written out in words, a date closing a quote, lists of spots and
initials for a writer.

Set 72 holds 10 articles from 10 more new sites, hosts ``a`` to ``m`` (regional dailies and portals, a Blogger site,
from Sumatera Barat to Jawa Timur), several of them loosely about patrols (orders, a coordination meeting, a team
formed): no headline, a headline only at the end, a category line on top, a broken date, weekdays without a year,
a two-digit year, old unit names, a joint patrol naming no unit and a desk credit with initials.

Set 73 holds 10 articles from 10 more new sites, hosts ``n`` to ``z`` (regional editions of local portals, a Polda's
tribratanews site, a district's news site, tabloids, from Sumatera Barat to Maluku Utara), two of them announcements
or appeals before homecoming: no headline, a pull quote before the body, a weekday that disagrees, a date only in a
dateline, a date closing a quote, a nagari spelt two ways, and writers named or given as initials.

Set 74 holds 12 articles from 12 more new sites, hosts ``a`` to ``m`` (local portals, a Blogger page, regional
dailies, from Riau to Sulawesi Tenggara), two of them community policing (a guard post judged, a muster of its
heads): no headline, a caption running into the dateline, a post's cut snippet on top, hard wraps and paragraphs
printed twice, a headline printed twice, a publication date with a view counter, a dateline of the Polres and Polda,
no date at all, and a Polsek named only through its chief.

Set 75 holds 10 articles from 10 more new sites, hosts ``n`` to ``z`` (two Polres sites, local and regional portals,
a Blogger site, from Sumatera Utara to Bali), four of them community policing (church visits, Friday and Sunday
sessions): no headline, a dateline with no dash or joined by a tilde, a stray caption and a stray ``Array``, a weekday
that disagrees, a date only in a loose sentence or opening a statement, a release a day after the event, a sponsored
headline inside the text, a long route, pastes cut before the end, and no writer named in any.

Set 76 holds 12 articles from 12 more new sites, hosts ``a`` to ``m`` (regional portals, a village government's site,
Blogger reposts, from Kalimantan Barat to Nusa Tenggara Timur), a few of them appeals and visits: a headline printed
twice, indented text, a bare weekday or a day without a year, a date from a quote's tag or without brackets, a byline on
top, a photographer's name before a caption, a joint patrol naming no police unit, and a Polda's muster.

Set 77 holds 11 articles from 11 more new sites, hosts ``n`` to ``z`` (regional dailies, local portals, from
Kalimantan Barat to Sulawesi Selatan), five of them community policing (a school session, preachers, a village's
night watch, a Polres chief's visits): no headline, a site's tagline over the headline, a dateline carrying the
date, a day without a year, a date only closing a speaker's words, links to other stories inside the text, a
headline printed twice with image file names, no date at all, and a writer named at the end or not at all.

Set 78 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local and regional portals, a Blogger
repost, a police magazine's site, from Sumatera Selatan to Papua): a breadcrumb glued to the headline, ads and a
publication stamp above, a photo caption first, a teaser repeated above the body, a repost keeping another site's
dateline, a date with a full stop after its weekday, a two-digit year, days without a year, a Brimob detachment on
loan to another Polda, a task force naming no Polres, and writers in brackets, after an empty byline or as a handle.

Set 79 holds 11 articles from 11 more new sites, hosts ``n`` to ``z`` (a Polresta's site, Polres tribratanews sites,
local portals, a Blogger-hosted portal, a video site's repost, from Kalimantan to Jawa Timur): no headline, a headline
running into the body or printed twice over indented text, a long dateline with the date and hour, a view counter
and banner placeholders, a caption naming another Polres, links to other stories inside the text, a lead broken by a
stray full stop, dates only closing a speaker's words or missing, and writers in brackets, glued to the last word or
absent.

Set 80 holds 16 articles from 16 more new sites, hosts ``a`` to ``m`` (local and regional portals, a Blogger repost,
a press site laid out as a police report, from Aceh to Maluku): an article's second page, numbered route lists, two
days of a patrol, two-digit years, a weekday and a stamp that disagree with the date, a date after a quote, a
release a day after the patrol, a text cut mid-word, Roman-numbered sections, a Polresta's former name, a nickname
as credit, and only an editor credited.

Set 81 holds 11 articles from 11 more new sites, gathered as two sets too small to measure alone: 6 from hosts ``n``
to ``z`` (a Polres's and a Polda's tribratanews sites, a regional portal, an unrelated site reposting a story, from
Jambi to Maluku Utara), three of them guard duty at ports and churches, and 5 from hosts ``a`` to ``m`` (local
portals, a Blogger-built site, from Aceh to Bali), three of them the same Polresta's patrols told by different sites:
no headline, a headline printed twice or a photo's caption with its credit on top, a reposting site's name or
``Babau ,TBN`` as dateline, a site clock's date of another year, a publication stamp above the headline, dates only
closing a speaker's words, without a year or missing, a day whose year only an operation's name gives, a weekday
that disagrees, a two-digit year, view counts, share widgets and ad markers, initials, a newsroom's credit and a
writer in brackets.

Set 82 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local and regional portals, Blogger sites, a
news agency's regional edition, a broadcaster, a reposting site, from Riau to Papua Barat), many of them guard duty
and community policing rather than patrols (forest fires, football matches, Eid prayers, village elections, an
airport, school heads): no headline, an editor's placeholder for the day, a date only in a caption, a weekday that
disagrees, dates without a year or only a weekday, a WordPress author box, initials, a joint water-police team and a
text cut mid-sentence.

Set 83 holds 11 articles from 11 more new sites, hosts ``n`` to ``z`` (regional dailies and portals, a Polres's own
site, a radio station's, a national portal, from Sumatera Utara to Maluku Utara), three of them a Polda's parade
opening a traffic operation: no headline, a headline printed twice, a skip link and a standfirst, a press release's
unfilled ``(hari/tanggal)``, a weekday that disagrees, a two-digit year, a day without a year, a date only closing a
speaker's words, initials glued to the last sentence, readers' comments and a text cut mid-sentence.

Set 84 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local and regional portals, Blogger sites, a
national site's regional page, a temple's news site retelling a national paper, from Riau to Papua), most of them
guard duty rather than patrols (temples at Chinese New Year, concerts, protests, boat races, a Quran recital contest,
Eid checkpoints, a pre-dawn wake-up round): no headline, a misspelt weekday, a weekday that disagrees, a two-digit
year, dates glued to the next word, without a year or only as ``kemarin``, two days of a span, empty credits, a
lowercase name as writer, ad placeholders mid-article and a sister site as dateline.

Set 85 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (local portals, Blogger sites, Polres
tribratanews sites, a Polres's own site, a national portal, from Lampung to Papua), four of them takbir nights and
three cash-aid payments guarded: no headline, a headline printed twice, a dateline alone on the first line or far
from the event, a text opening on its own date, a date in words, inside a quote, without a year or missing, a weekday
that disagrees, a writer's short code glued to the last word, writers in brackets and a one-paragraph body.

Set 86 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local and regional portals, a national portal's
site, Blogger sites, from Aceh to Papua), many of them guard duty, checks and raids (election warehouses, inaugurations,
festivals, exam papers, guard posts, a plantation): no headline, another story's headline from a ticker, a writer's
credit above the body, dates with a two-digit year, a span's two ends, only the day goods arrived, without a year or
missing, a bracket left open, a weekday that disagrees, a text that contradicts itself on the day, writers in brackets.

Set 87 holds 12 articles from 12 more new sites, hosts ``n`` to ``z`` (local portals, a Blogger site, a Polres's own
site, a city government's site, a provincial daily, a national portal, from Sumatera Utara to Kalimantan Selatan),
many of them guard duty at religious commemorations and festivals: no headline, a headline printed twice, the date run
into the dateline, a date and hour in words, the briefing's and the vote's days, a weekday that fits another year, a
page's viewing date above everything, days without a year, initials, writers in brackets and in capitals.

Set 88 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local and regional portals, a radio station's
site, a news agency's pilgrimage pages, a volunteers' blog, from Sumatra to Kalimantan), most of them police work
beyond patrols (cockfight and liquor raids, illegal mining, a crocodile's victim searched for, blood drives, tree
planting, firearm checks, a mudik post, a landslide, aid): captions as the only headline, dates without a year or
with a broken one, an operation's span, writers in lowercase brackets glued to the last word, photographers' credits.

Set 89 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, regional pages of national
portals, a Polres's tribratanews site, a Polsek's Blogger site, from Sumatera Utara to Sulawesi Tengah), many of them
holiday and supply guard duty (pilgrims, Ramadan, Waisak, Galungan, rest areas, LPG and rice distribution) and
raids (street racing, gangs, a cell check): no headline, a site's name run into the lead, dates only in a speaker's
words, without a year or after another incident's hour, stray stamps inside the text, writers in capitals.

Set 90 holds 21 articles from 21 more new sites, hosts ``a`` to ``m`` (local and regional portals, a sports portal,
national portals' regional pages, from Sumatera Utara to Maluku), most of them police work beyond patrols (a funeral
escort, a lost child, stolen motorbikes, drownings, floods and landslides, cyber patrols, child protection, stunting,
a school visit, a land dispute, mask operations): days only in a speaker's words or a caption, a weekday that
disagrees, spans of days, writers' initials and desks, several stories cut before the end.

Set 91 holds 21 articles from 21 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's tribratanews site, a
Blogger sports site, national portals' regional and photo pages, from Sumatera Utara to Sulawesi Barat), many of them
police work beyond patrols (an elephant blockade, drivers' urine tests, river and mosque clean-ups, a fire, an
earthquake, a corn harvest, a football cup, a fun run, school visits, Bromo and Dieng reopened, a bull race): a
sub-heading as the only headline, a fire's hour before the police, a weekday that disagrees, writers in brackets
with a site's name or after bars.

Set 92 holds 21 articles from 21 more new sites, hosts ``a`` to ``m`` (local portals, regional pages of national
portals and dailies, from Aceh to Sulawesi Tengah), most of them police work beyond patrols (migrant workers stopped,
counterfeit money, illegal logging, a new police post, a mass circumcision, villagers carried across a flood, gambling
and theft arrests, a land dispute mediated, boats in distress, drowning victims sought, drugs destroyed): weekdays that
disagree, no year but a weather widget's, days only after a speaker's name, an hour in words, datelines of another
regency, a writer credited beside a tool.

Set 93 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, regional pages of national
portals, a radio station's site, a Polda's tribratanews site, a Polres's Blogger site, from Sumatera Utara to Maluku),
many of them police work beyond patrols (crocodiles and a python caught, a football match, firecrackers seized, masks
against haze, trauma healing after disasters, a Friday imam, a ship's loading, a parade of forces): no headline, a
headline shown twice, a weekday that disagrees, a dateline's year a year early, a week's span, hard wraps, only
initials as credits.

Set 94 holds 21 articles from 21 more new sites, hosts ``a`` to ``m`` (local portals, regional pages of national
portals, a radio station's site, a Blogger news site, from Aceh to Nusa Tenggara Timur), most of them police work
beyond patrols (a fake policeman, wartime mortars, pilgrims' departure, road repair, a fishermen's dispute, village
funds, overloaded trucks, village clashes, stolen cattle, fallen trees, street punks, fish bombing): days without a
year, hours of what happened before the police came, a page's date field before the text, a Polsek's short form.

Set 95 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own site, two
tribratanews sites, from Aceh to Sulawesi Barat), many of them guard duty at shows and races (a lion dance, kites,
horse and bull races, shadow-puppet nights, a Toraja funeral, Easter) and disasters (Gunung Agung, a field fire, fallen
trees, a missing climber, a crocodile): weekdays that disagree, days without a year, a Polresta written for a Polres,
writers beside a desk's word or a channel's short name.

Set 96 holds 22 articles from 22 more new sites, hosts ``a`` to ``m`` (local portals, a citizen-news site, a
tribratanews site, from Riau to Nusa Tenggara Timur), police work beyond patrols (bomb-squad and riot-control drills,
mass circumcisions, house repairs, wells, Friday mosque visits, Sunday church visits, school lessons, a landslide,
fallen trees, a kidnapping hoax): a weekday that disagrees, a night before the day written, a year only in an
operation's name, a headline of three words, a summary above the dateline, two writers credited.

Set 97 holds 21 articles from 21 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own site, a
regency's site, a Blogger news site, from Aceh to Papua), police work beyond patrols (a suspicious bag, fish bombs,
free helmets, online gambling, fuel queues, a drowning, cooking oil and rice checks, a homemade gun, kidnapping
hoaxes): thirteen without a headline, twelve cut before the end, days without a year, units under their old names.

Set 98 holds 21 articles from 21 more new sites, hosts ``a`` to ``m`` (local portals, a Blogger news site, regional
pages of national portals, an election commission's site, from Sumatra Barat to Nusa Tenggara Timur), police work
beyond patrols (karaoke raids, young police, a street crime team, a flag on a summit and under the sea, corn harvests,
fish seed, Pasola, a beach drowning, orphanages, drivers' urine tests, a car-free day, an election drill, lost climbers,
a drug raid, Chinese New Year, an overturned truck): thirteen without a headline, twelve cut before the end, a
weekday and a page's stamp that disagree, a year only in another day's date.

Set 100 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, a city page of a national portal,
an organisation's site, from Sumatra Utara to Maluku), police work beyond patrols (a port's manifest check, stray cattle,
boat masters' and riders' urine tests, jerrycan fuel, Kasada at Bromo, takjil and iftars, sand pits, road repairs, food
aid, Christmas, a stolen cow, wild monkeys): days without a year, a resident's hour before the police's, several ports
or spots, Polsek whose Polres the text never names.

Set 101 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own site, a city
page of a national daily, a Blogger news site, from Lampung to Papua Barat), police work beyond patrols (a cow found,
dengue fogging, a running race, a church's guard, fuel sellers, firecrackers, a bridge, takjil, aid, wild boars, a
whirlwind, drugs at a pesantren, palm oil thieves, bad weather, a Toraja funeral, rice fields, a horse race, a
drinking party): a weekday that disagrees, a New Year's night, a caption's date beside the chief's weekday, writers in
author boxes and in brackets.

Set 102 holds 21 articles from 21 more new sites, hosts ``a`` to ``m`` (local portals, a village network's site, a
regional edition of a national portal, the traffic corps' own site, from Sumatra Utara to Maluku), police work beyond
patrols (mobile driving licences, anti-bullying talks, traffic accidents, a school's flag ceremony, free haircuts, a
Sunday church visit, pickpockets at markets, a quarry, a volleyball tournament, domestic violence, a vice raid, Police
Goes to School, road signs, a curfew, night watch posts): days without a year, a weekday that disagrees, a six days'
service, a crash told after the officer's statement.

Set 103 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a school's site, a city page of a
national daily, a national portal's regional page, from Sumatra Utara to Maluku), police work beyond patrols (a Brimob
kitchen, coffee with drivers, fertiliser checks, free shaves and haircuts, a school's flag ceremony, a youth gang, online
drivers, fallen trees, mobile driving licences, Police Goes to School, child marriage, a truck crash, a charity box,
traffic police greeting riders): a weekday that disagrees in a quote, dates closing quotes, a day without a date, a
machine-written text with a placeholder for a name.

Set 104 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, a personal site, a Blogger news
site, a pilgrims' news site, a city page of a national portal, from Aceh to Sulawesi Selatan), police work beyond patrols
(police dogs, a pilgrims' escort, a wallet returned to a traveller, police reading the Quran with residents, prayer mats,
a boat carrying a body, a patient driven to hospital, illegal parking attendants, school aid, melasti, beggars, a
tarawih guard, Sumpah Pemuda, a Toraja funeral's rules, an elderly woman carried out, a recruitment): a typo in a year,
a weekday that disagrees, a year only in a telegram's number or the next day's flight, a Polres's name cut mid-word.

Set 105 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a Blogger site reposting a
paper, regional pages of national dailies, a national magazine, from Sumatra Utara to Sulawesi Tenggara), police work
beyond patrols (a tax raid, drivers' tests, a man with a mental illness, a broken traffic light, an ATM guard, a tarawih
guard, melasti, Quran reading at dusk, a scholarship for orphans, illegal parking attendants, a police chief's visit, a
Batak council, a year-end post, a river's flow checked, road signs, a floating library, street children, a football
cup, Sumpah Pemuda): only yesterday for a day, an operation's span, days without a year, units under their old names,
machine-reworded texts.

Set 106 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, a cloud host's mirror, a
regional edition of a national portal, a city paper, from Aceh to Nusa Tenggara Barat), police work beyond patrols (a
tidal flood, climbers on Bali's and Garut's mountains, turtle eggs, New Year's Eve, a kite festival, mosque cleaning,
home gardens, a national day's ceremony, blue-light raids, overloaded trucks, a Friday charity, an elderly home, an
organ party, loud exhausts crushed, helmets for children): days without a year, a campaign's month, a weekend's two
days, a summary line above the dateline, writers in brackets alone.

Set 107 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's tribratanews site, a
Polsek's and a Polres's own sites, regional pages of national portals, from Aceh to Sulawesi Utara), police work beyond
patrols (animal health checks, election logistics, loud exhausts, village problem solving, a ceremony's rehearsal, a
Friday charity, rice parcels, corn harvests and drying, children's helmets, land evictions, vote counting, an
orphanage, social work, a carnival, a football cup, an emergency bridge): a weekday that disagrees, days without a
year, a national chief's words before the local story, a Polres named only in photo credits, a sub-sector post.

Set 108 holds 18 articles from 18 more new sites, hosts ``a`` to ``m`` (local portals, regional pages of national
dailies and of a network of city papers, a broadcaster's site, from Aceh to Maluku), police work beyond patrols (an organ
party and a DJ party broken up, election logistics to remote villages, rice parcels for scavengers and residents, a bus
check, flags handed out, churches searched and visited, flooded roads, a pier's festival, palm fruit thieves, a joint
task force, New Year's Eve, takjil): no headline or one glued to the site's dateline, a year cut to three digits,
days only of other events, a Jakarta dateline over a Batam story, writers in brackets alone.

Set 109 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a state forestry company's
site, regional pages of national dailies, a Blogger-style portal, from Sumatra Selatan to Maluku), police work beyond
patrols (cockfight raids, bodies found in rivers, a forest rangers' check, sacrifice animals guarded, an anti-drug
talk, corn planting, village funds watched, flags handed out, coffee drying, a post between two villages, fishermen's
meetings, a neighbours' dispute mediated, liquor at a graveyard, ballot boxes, a student protest): days without a year,
a year only in a budget's name, stories cut before their end, a writer before desk initials.

Set 110 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, a radio station's site, Blogger
and news-network sites, from Aceh to Sulawesi Tenggara), police work beyond patrols (salted fish and dates handed out,
rice for scavengers, a road closed and a road filled by Brimob, an anniversary's social work, a carnival, refugees
from a landslide, election stickers, a ferry port's guard, Easter and Christmas guards, flags tied on, a cup, drivers
over coffee, a grandmother's house): a span of guard days, yesterday's two days, a weekday that disagrees, only a Hijri
year, a headline glued to the lead's first sentence, a newsroom's Jakarta over a Jember carnival.

Set 111 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, two tribratanews sites and a
Polres's own, Blogger sites, a radio station's blog, from Aceh to Nusa Tenggara Timur), police work beyond patrols
(takjil for fishermen, a land dispute mediated, farmers visited, smuggled birds, Hari Bhayangkara, election logistics,
church guards, an old scavenger helped, a fun walk, palm fruit thieves, Brimob in Aceh Utara, a port's guard, student
protests, New Year's Eve, a gathering, minibuses waiting for fares, ketupat Eid parades, a school visit): days without a
year, a day only closing a chief's words, a lead that starts mid-sentence, a Brimob on loan to another Polda.

Set 112 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, regional pages of national
dailies, a church's and a legal aid site, from Aceh to Nusa Tenggara Timur), police work beyond patrols (Chinese New
Year at temples, an MTQ's meeting and rehearsal, boats for pupils, rubber boats checked, a drain cleared, Waisak, village
funds paid out and watched, Brimob's rice, Eid groceries, a fuel station inspected, traffic lessons, social work, a
church guarded, charity boxes, motorcycle taxis, journalists over coffee): a weekday that disagrees, no year but an
anniversary's number, a festival's day beside the chief's, a caption's other day, a lead below a caption.

Set 113 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own site, a
tribratanews site, a video page of a national portal, from Sumatra Utara to Sulawesi Utara), police work beyond patrols
(police uniforms checked, boats at sea, traffic duty, school talks, loud exhausts at school, a talk with students, a
customs festival, Good Friday guards, sacrifice animals, a dzikir and a tabligh, mask raids, vaccination posts, a fallen
tree, a reservoir patrolled, waters patrolled, a sampan race): days without a year, a weekday that disagrees, a month
typed wrong beside the dateline's, a Polsek chief leading the Polres's men, a writer's handle.

Set 114 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, news-network and animal news
sites, from Aceh to Sulawesi Tengah), police work beyond patrols (a market's opening, fishermen over coffee, election
logistics, loud exhausts, lost and dead climbers, a village carnival, mosques and a prayer house cleaned, turtle eggs,
a Christmas roll call, melasti, drugs talk at a school, children befriended, sacrifice animals, Ascension Day, a
river's level, a grandmother helped, a ketupat war, patrol horses): weekdays that disagree, days without a year, a
climb's first day without the rescue's, a body found and carried down two days apart, a lead glued to its full stop.

Set 115 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a regency's site, a Polres's and
a Polsek's own sites, a feed mirror, from Sumatra Barat to Papua), police work beyond patrols (clean water handed out, a
sea offering, kites, a land dispute, an aid agency's visit, village election meetings, prices checked, village
officials' tests, Brimob's sahur, joint patrols, sea patrols, Friday talks, a flood's clean-up, a police post, a
smugglers' road, a flood in Papua, a shadow-puppet night, a bird contest): a weekday that disagrees, a day only closing
a speaker's words, a year only in a dateline of the month, a situation report's several days, half the pages cut
before the end.

Set 116 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, city pages of regional dailies,
Blogger and news-network sites, from Sumatra Utara to Maluku Utara), police work beyond patrols (a market patrol, a
clean-up, a Dayak longhouse, an organ show, a night party, a fire, children befriended, a customs council, corn
farmers, a face-to-face meeting, dice gamblers, Christmas social work, flood aid, a ronggeng night, a church's data): a
weekday that disagrees, days without a year, no day at all, only the page's stamp, a raid dated only by its month.

Set 117 holds 18 articles from 18 more new sites, hosts ``n`` to ``z`` (local portals, regional pages of national
portals, Blogger sites, from Aceh to Sulawesi Tenggara), police work beyond patrols (Independence Day games and flags,
corn watched, a coffee talk, a Bhayangkara cup, a village budget meeting, takjil from child police, a Covid burial,
dice gamblers, a hanging bridge, a boarding school's talk and its Ramadan school, drugs talks, a landslide, an English
teacher, a baby found, palm fruit thieves, a Quran school): days without a year, no day, only the page's stamp, a
course's day closing the chief's words, no unit named.

Set 118 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, two regencies' sites, a city
page of a national portal, from Aceh to Nusa Tenggara Timur), police work beyond patrols (a boat race, drivers' urine
and blood pressure tests, fishermen rescued, exam papers escorted, overloaded trucks, a road repaired, prisoners moved
and held, a blood drive, rice handed out, a population raid, a Polda chief's meeting, wild elephants, a music
festival, a bull race, a house rebuilt, a heroes' cemetery): days without a year, weekdays that disagree, no day at
all, a day years before the page's stamp, hours in a quote or after the race began.

Set 119 holds 16 articles from 16 more new sites, hosts ``n`` to ``z`` (local portals, regional pages of national
portals, a Polres's tribratanews site, a school network's site, from Aceh to Nusa Tenggara Barat), police work beyond
patrols (a sampan race, overloaded trucks, wild elephants, fishermen visited and rescued, street punks, exam papers, a
land dispute mediated, a boat race to come, kites, blood drives, children befriended, a tourist boat): days without a
year, a day to come, no day at all, a page's copy date, hours only in quotes.

Set 120 holds 21 articles from 21 more new sites, hosts ``a`` to ``m`` (local portals, a regency's media centre, a
city page of a regional portal, rewritten copies on odd hosts, from Sumatra Barat to Papua), police work beyond patrols
(health posts for travellers, a ship's passengers at Christmas, a landslide and mud cleared, aid parcels, drug talks at
schools, street races, a harvest, a Friday visit to a boarding school, a missing man searched for, a beach closed to
bathers, a bridge repaired, a fallen tree, a neighbourhood officer installed): weekdays that disagree, a year only in an
election's name, page stamps as the only date, a headline that may be a summary.

Set 121 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's and a Polresta's own
sites, a Polres's tribratanews archive page, regional pages of national portals, from Sumatra Utara to Maluku Utara),
police work beyond patrols (election logistics and a repeated vote, a strongpoint, drug talks for teachers, a dawn
race, a land dispute, community work, rice parcels, a rapid team, tourists at Lebaran, a sea patrol tradition, a visit
of customary leaders, a flood, corn planted, a homecoming post, awards, a new chief's priorities): weekdays that
disagree, days without a year, a meeting to come, a statement's day beside "yesterday", two units leading together.

Set 122 holds 20 articles from 20 more new sites, hosts ``a`` to ``m`` (local portals, a Polres's own site, regional
pages, from Sumatra to Maluku), police work beyond patrols (Friday talks, fallen trees, Christmas guarding, policewomen
giving food, aid in the pandemic, drug talks at schools, floods and mud, village visits, a market at Ramadan, holiday
traffic, a dawn patrol, corn checked and planted, rice from a village officer, a mobile post at sea): hours only when
a tree fell or a session ended, a Hijri year alone, an overnight patrol over two days, a statement's day only.

Set 123 holds 16 articles from 16 more new sites, hosts ``n`` to ``z`` (nine of them one network's regency pages in
Nusa Tenggara Barat, a school's site, a Polsek's Blogger site, a Polres's own site, local portals, from Kalimantan
Barat to Sulawesi Tengah), police work beyond patrols (blue-light patrols, food parcels, a flag ceremony with a drug
talk, forest fires, fallen trees, Friday visits, mosques, parades, a dawn drum tradition, prayers guarded, a village
election's roll call, a neighbourhood watch's parade): headlines between asterisks, datelines of three units, a year
only in an event's name, no day at all.

Set 124 holds 19 articles from 19 more new sites, hosts ``a`` to ``m`` (local portals, a motoring site, a regional
daily's archive, regional pages of national portals and a national portal, from Riau to Papua), police work beyond
patrols (street racing stopped at night, coffee talks, election guarding and logistics, school visits, takjil for
drivers, a clan fight, cattle theft, floods, takbir nights, a new year's planning): a caption's day beside the lead's,
a polling day still to come, hours only in a quote, weekdays that disagree, a standfirst above the lead, two Polsek.

Set 125 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own site, a city page
of a national network, a magazine, a journalist's blog, from Sumatra Selatan to Gorontalo), police work beyond patrols
(a volleyball final, cattle markets, a land mediation, a ward's police officer, night patrols, door-to-door visits, a
religious festival, an organ party, fire victims evacuated, a harvest feast, a temple's holy day): weekdays that
disagree, a weekday alone beside a stamp, days without a year, a Polsek whose Polres is never named.

Set 126 holds 18 articles from 18 more new sites, hosts ``a`` to ``m`` (local portals, regency pages of a journalists'
network, a car rental's news page, the national police's news site, from Aceh to Papua), police work beyond patrols
(floods, an off-road rally, traffic operations, Christmas services, youth gangs, truant pupils, a Monday ceremony,
community work, a vaccination drive, rice for the poor, a roll call before Eid): a misprinted year, a week's operation,
a Hijri year beside a day without its year, a dateline's date, Polsek whose Polres is never named, a Polsubsektor.

Set 127 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own site, a radio's
site, an English-language site, a city government's site, from Sumatera Barat to Papua), police work beyond patrols
(a social service day, church guarding, a road check, Eid homecoming traffic, an illegal mine closed, a school visit,
a house rebuilt, a village contest, level-crossing volunteers, a resilient village, a flood meeting): a Hijri year
alone, weekdays that disagree, days without a year, an hour after ``Skp.``, a unit named in English.

Set 128 holds 11 articles from 11 more new sites, hosts ``a`` to ``m`` (local portals, a pesantren's site, from Aceh to
Kalimantan Utara), police work beyond patrols (a Nyepi guard, forest fires, drug talks at a pesantren, noisy exhausts,
a Galungan guard, illegal gold dredges, a landslide, a mask post, school strong points): a Saka year alone, a year
missing a digit, a writer's handle in brackets, villages listed, a unit named by its task force.

Set 129 holds 10 articles from 10 more new sites, hosts ``n`` to ``z`` (a Polres's tribratanews site, local portals,
a city page of a national network, from Aceh to Nusa Tenggara Timur), police work beyond patrols (a PPKM patrol, a
campaign roll call, a pesantren visit, a prayer house's first stone, a regent's parade, a maize harvest, a recruitment
call, a resilient village, Lebaran traffic, a boat patrol to come): a caption's weekday that disagrees beside the
lead's, an hour of setting off, a Polda's deputy leading with a Polres, chiefs of Polsek among the guests.

Set 130 holds 12 articles from 12 more new sites, hosts ``a`` to ``m`` (local portals, a TV station's site, a regional
daily, from Jawa Barat to Sulawesi Utara), police work beyond patrols (four cockfight raids, a Tarawih guard, a
customary feast, a cultural parade, a customary council, a market guarded after a stabbing, a Jumat Curhat, plantation
patrols against fires, mask checks): a day glued after the lead's stop with a two-digit year, a regency's short form as
dateline, a mosque named where the event's day is told, a ward's name ending in a number's word, no day at all.

Set 131 holds 11 articles from 11 more new sites, hosts ``n`` to ``z`` (two Polres's tribratanews sites, local portals, a
national weekly's video page, a blog, from Aceh to Sulawesi Tenggara), police work beyond patrols (a football league's
security drill, school strong points, a joint patrol before Pilkada, a holiday operation's meeting, a premanism patrol,
Christmas security, a Safari Ramadan, a parliament protest, a night-life patrol, a parade, a flood evacuation): the day
after the site's name opening the lead, ``TNI-POLRI`` in a headline in capitals, a province glued to its regency, a
road as the lead's subject, an English stamp in short, a video journalist's credit glued to the last sentence.

Set 132 holds 13 articles from 13 more new sites, hosts ``a`` to ``m`` (local portals, a city page of a national
network, a radio's site, a village portal, from Lampung to Nusa Tenggara Barat), police work beyond patrols (a kyai's
visit, a maize harvest, a school visit, a wage dispute, takbir roll calls, liquor seized, a sea-worm feast, cooking-oil
checks, a Vesak guard, a drug-free village): a site's calendar date above the headline, an English byline, a caption
shown twice with its credit, a day without a weekday, a writer's name glued after the last sentence.

Set 133 holds 12 articles from 12 more new sites, hosts ``n`` to ``z`` (a Polres's tribratanews site, local portals, a
national portal, from Riau to Sulawesi Tengah), police work beyond patrols (a Christmas mass, a mediation, a house
rebuilt, Lebaran's return traffic, a Jumat Curhat, two drinking parties, Friday prayers, a traffic operation, two
earthquakes, tourists at Lebaran): an earthquake's day and hour before the police's, an hour counted back from, a day
done ``kemarin`` under the page's stamp, a year only in the address, a publisher's credit.

Set 134 holds 16 articles from 16 more new sites, hosts ``a`` to ``m`` (local portals, a regional news network's page,
from Sumatera Utara to Papua Pegunungan), police work beyond patrols (a landslide, a roll call before polling, motorbike
thieves, aid during fuel price rises, a vaccine post, an operation against vice, forest fires, a sea patrol, a
kindergarten's ceremony, a traffic operation, meth in a suitcase, aid at a centenary, a gospel anniversary, cattle
seized, a school's anti-bullying talk): a weekday that disagrees, a day without its year, an operation's span, a
Polda's press conference, a lead recalling an earlier seizure, a place only in the dateline.

Set 135 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (three Polres's and a Polda's tribratanews sites,
local portals, a city page of a regional daily, from Sumatera Utara to Papua Barat Daya), police work beyond patrols
(a square's security, border raids, a Pilkada roll call, a Sunday church visit, a sea police visit, iftar food, a fire,
rice, an earthquake's food parcels, food crops, a homecoming post, a protest, a Tarawih patrol): a Polsek spelt two
ways, a report's hour, two Polres with one name's start, a day only in the press officer's words.

Set 136 holds 15 articles from 15 more new sites, hosts ``a`` to ``m`` (local portals, an AMP page, from Sumatera Utara
to Sulawesi Selatan), police work beyond patrols (an Eid prayer, a failed cockfight raid, a gambling arena burnt, liquor
seized, a market's prices, a landslide, a brawl, a Vesak guard, village-head elections, iftar food on the road, a Maulid
with the press, street racers, a palm-fruit thief, roadworks, a Christmas map): other stories' headlines listed above
the story's own, a theme's social heading above the headline, a second story appended, a weekday that disagrees, a
desk's credit at the end.

Set 137 holds 14 articles from 14 more new sites, hosts ``n`` to ``z`` (a Polres's tribratanews site, local portals,
from Aceh to Papua), police work beyond patrols (rice handouts, a Brimob raft in a flood, a takbir roll call, sea police
and fishers, troops moved for elections, officers sent by another Polda after a riot, a year's review, a Kapolda's
visit, an Operasi Lilin roll call, a village meeting, palm wine seized at a port, joint troops, a feature, a new chief):
the unit after ``BKO``, a headline closed by a stop with counters below, a day only in a caption, a village spelt two
ways.

Set 138 holds 15 articles from 15 more new sites, hosts ``a`` to ``m`` (local portals, a regional news network, from
Aceh to Maluku Utara), police work beyond patrols (a Police Day ceremony, students with meth, iftar snacks on the
rivers, two landslides cleared, a landslide checked by Brimob, a directorate's night visit, a cockfight raid, a road
raid, a landslide evacuation, a New Year patrol, liquor in a pick-up, a Kapolda's aid to a church, livestock thefts,
cattle found): a Polda's mobile brigade in the lead, a Polsek as a landmark, a Polsek chief called Kapolres, a weekday
that disagrees.

Set 139 holds 15 articles from 15 more new sites, hosts ``n`` to ``z`` (a Polres's own site, two tribratanews sites,
local and regional portals, from Aceh to Papua Barat Daya), police work beyond patrols (a flood roll call, youths who
stoned a patrol, an election send-off, a campaign, a house rebuilt, an Eid prayer, a landslide, a drug den, cannabis in
a boarding house, a Kapolda at church, a new Polres opened, guns handed in, roadworks, villagers in the forest): a
Polda's press officer telling a Polres's patrol, a year cut to three digits, a listing page with the next story below, a
writer's code and the humas desk's.

Set 140 holds 15 articles from 15 more new sites, hosts ``a`` to ``m`` (regional pages of national portals, Blogger
news sites, local portals, from Jawa to Papua Tengah), police work beyond patrols (raids on shops, a wedding party's
liquor, illegal racing, a roll call of village officers, forest-fire patrols, a peace operation, a liquor still, a
feast's roll call): a headline only in a Blogger footer, weekdays without a date, a day without a year that another
gives, a page's stamp years after the story.

Set 141 holds 16 articles from 16 more new sites, hosts ``n`` to ``z`` (local portals, a TV station's and a Polres's
sites, Blogger sites, from Aceh to Sulawesi Tenggara), police work beyond patrols (a nightclub raid, a
road block, a martial arts meeting, beach guards, an election patrol, a Christmas Mass, a cockfight arena burnt, drug
talks, urine tests, an illegal mine, logistics guarded, roll calls): a publisher's credit, a reporter's name alone in
capitals, days without a year, a statement's day for a raid's.

Set 142 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (regional pages of national portals, a TV
station's site, local portals, from Bengkulu to Papua), police work beyond patrols (liquor raids, hostess stalls, a
wedding band stopped, Easter guards, a roll call, schools visited, a directorate's visit to a boarding school, a polling
drill, empty houses, customers escorted, a foot patrol): a theme's menu toggle above the headline, an operation's span to
come, a feast's span whose first day has no year, a weekday that disagrees, a Polsek's chief among those present.

Set 143 holds 16 articles from 16 more new sites, hosts ``n`` to ``z`` (local portals, regional editions, a citizen
journalism site, from Sumatera Selatan to Sulawesi Utara, six of them in Jawa Barat), police work beyond patrols (a roll
call, liquor destroyed, loud exhausts, a New Year's guard, boarding houses raided, a cafe closed under a curfew, a
motorbike gang, a vital object guarded, a brawl with blades): a portal's reading tools glued to another story's
headline, hours that are curfews or limits, a raid's agent after ``oleh``, days without a year, a weekday that
disagrees.

Set 144 holds 12 articles from 12 more new sites, hosts ``a`` to ``m`` (regional pages of national portals, local
portals, from Sumatera Utara to Nusa Tenggara Barat), police work beyond patrols (illegal racing, churches checked
before Christmas, vice raids, cheap liquor, a market's prices, boarding houses raided, an election send-off, cash
machines guarded): a Polsek named two ways, an operation's day slipped by a month, days without a year, a raid without
its day, a crime's day and hour in a later paragraph.

Set 145 holds 12 articles from 12 more new sites, hosts ``n`` to ``z`` (a Polda tribratanews site, a video portal,
Blogger and local portals, from Sumatera Utara to Papua), police work beyond patrols (a night patrol, inns raided,
forest fires, New Year's drinking, liquor raids announced, herbal-liquor stalls, the airport's patrols, checks and
drop zone, a flood, a village visited): a month that does not exist, a misprinted year, days without a year, a
paste that opens mid-story, the airport's Polresta never named, a reporter's initials closed by a stop.

Set 146 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (regional pages of national portals, Blogger
and local portals, from Sumatera Utara to Nusa Tenggara Timur), police work beyond patrols (a cafe raided, Friday
prayers guarded, robbers hunted, palm-wine stalls, cockfights, liquor trucks seized, a knife found on a youth, hoaxes
before an election, sarong fights): no headline in half of them, a day said as ``kemarin`` or ``tadi malam``, a
briefing's hour, days without a year, a Polres named in two forms.

Set 147 holds 16 articles from 16 more new sites, hosts ``n`` to ``z`` (a Polres tribratanews site, regional pages
of national portals, local portals, from Sumatera Utara to Sulawesi Utara), police work beyond patrols (a logistics
warehouse guarded, brawls and motorbike gangs, bow-and-arrow youths, a bicycle patrol, entertainment closed in
Ramadan, a sarong fight): statements days after the event, a unit that does not exist, a Polsek named after its
neighbour's district, ``kemarin sore``, days without a year, initials that name no writer.

Set 148 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (a Polres's regional page, local portals and
Blogger news sites, from Sumatera Barat to Sulawesi), police work beyond patrols (churches swept before Christmas,
liquor raids, boarding houses raided, a security drill, New Year guarded, a mask operation, roll calls before an
election, a street-racing crowd dispersed, a dawn cockfight raid): a statement's day beside another, a weekday that
disagrees, a misprinted dateline, a writer above a share box.

Set 149 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (regional pages of national portals and local
portals, mostly of Papua and Banten), police work beyond patrols (polling stations guarded, beaches patrolled, a Polda
chief's trail-bike patrol, standby before a court ruling, border patrols, religious sites): a page's stamp under the
headline, a caption's day that does not exist, a headline after the story, a rota of shifts, days without a year.

Set 150 holds 13 articles from 13 more new sites, hosts ``a`` to ``m`` (local portals, a Polda's humas channel,
regional and sports pages of national portals), police work beyond patrols (a cockfight raided, New Year guarded, a
traffic operation's roll call, cafes checked, football matches guarded, a holiday parade, palm-wine stalls): an ad
slot's label above the paste, a Polsek only as a venue or among helpers, an operation's span, a contributor's town
before his name.

Set 151 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (local portals, a motoring site, an English
news site of Bali), police work beyond patrols (a gang caught, guard posts revived, a bus for village visits, loud
exhausts raided, a night team disbanded, fireworks banned): a Polsek two Polres hold, a headline in capitals, an
English article, pastes that open mid-story.

Set 152 holds 15 articles from 15 more new sites, hosts ``a`` to ``m`` (a Polres's own site, regional pages of national
portals, local portals and a Blogger site, from Sumatera Selatan to Papua), police work beyond patrols (cafes checked
under curfew, an airport guarded, churches before Christmas, a car-free day, a talk show on the homecoming posts,
boats without papers chased, troops moved before an election): a weekday that disagrees, days without a year, a
statement's day beside a plan, a rubric above the lead, a reprint.

Set 153 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (a Polres's tribratanews site, local portals and
regional dailies, from Sumatera Utara to Sulawesi Barat), police work beyond patrols (homecoming posts, a cockfight
raided, a wedding's late music stopped, a fire on a toll road, Easter guarded, an operation's roll call): a dateline
with a site's name after a capital I, a weekday that disagrees, a body without a year, a desk's code, a stray year
under the headline.

Set 154 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals, Blogger sites, regional pages of
national portals and a police-news site, from Aceh to Sulawesi Tengah), police work beyond patrols (loud exhausts in a
campaign, Friday complaints sessions, New Year raids announced, officers on duty inspected, truants caught, a lunar new
year guarded, a football match, a gang of street footballers): a weekday that disagrees, a last line with the wrong
year, a raid past midnight, a year only in an election's date, a dateline of the site's name alone.

Set 155 holds 14 articles from 14 more new sites, hosts ``n`` to ``z`` (local portals and regional pages of national
portals, from Sumatera Utara to Papua), police work beyond patrols (a May Day roll call, homecoming posts, New Year's
Eve guarded, a mini-soccer match, a special team, school holidays): a year mistyped, a month mistyped beside its
weekday, a headline after the story, a date only from tomorrow's words, a reporter's code, a Polres two Polda hold.

Set 156 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals, Blogger sites reposting agencies
and papers, a journalists' association's site, from Sumatera Utara to Sulawesi Tenggara), police work beyond patrols
(a fuel station guarded, street racing raided, an ogoh-ogoh parade, a flood's evacuation, loud exhausts, a village
head's election, a mine closed, a boat race's roll call): a Jakarta dateline over a Bali story, days without a year, a
run-on paragraph, a Polsek only as a venue, a tag page's address.

Set 157 holds 12 articles from 12 more new sites, hosts ``n`` to ``z`` (tribratanews and Polres sites, Blogger-style
sites, local portals and regional pages of national portals, from Riau to Papua), police work beyond patrols (Brimob
companies sent after a riot, firecrackers seized, a land fire checked, a Friday complaints session, a stabbing gang
caught): two-digit years, days without a year, an hour only in a later paragraph, closing marks such as ``(Qil)``,
``@ffr`` and ``(Muhsin/fajar)``.

Set 158 holds 12 articles from 12 more new sites, hosts ``a`` to ``m`` (a Polda's and a Polres's own sites, regional
pages of national portals, local portals and a Blogger site, from Riau to Kalimantan), police work beyond patrols
(night talks over coffee, election supplies guarded, a cafe raided, volleyball at a boarding school, a takbir night):
a Jakarta story on a Banten portal, a Makassar dateline over Maros, a broadcast's date, a photo's credit, days without
a year.

Set 159 holds 12 articles from 12 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own site, regional
pages of national portals, a radio station's and a Blogger site), police work beyond patrols (karaoke bars raided in
Ramadan and before Christmas, a coffee stall raided, raids after a bombing, a man taken to hospital, morning traffic
duty, an essay on night patrols): a raid past midnight, a statement's day, a year only from another event's date, a
typo for the weekday, texts without a date, a unit or a writer.

Set 160 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (Blogger-style sites, local portals and
regional pages of national portals, from Riau to Papua), police work beyond patrols (a sarong war stopped, a show of
force, a Ramadan operation's roll call, takbir nights, convoys stopped, cockfighting raided, a joint patrol led by the
army): a weekday that does not match its date, two days in one lead, days without a year, a mounted unit with no
region, closing initials such as ``( H/R)`` and ``(hs)``.

Set 161 holds 14 articles from 14 more new sites, hosts ``n`` to ``z`` (local portals, Blogger sites, a regency's
site, regional pages of national portals and a content aggregator, from Sumatra Utara to Papua), police work beyond
patrols (city security at night, a roundabout guarded, a balloon festival, election supplies, crowds dispersed, a
traffic roadblock, security posts closed): a year only on the page's date line, a headline only in a comment line,
a caption's day, a desk's credit, a body that opens in the middle of the story.

Set 162 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals, Blogger sites and regional
pages of national portals, from Sumatra Utara to Papua), police work beyond patrols (a house guarded for travellers,
firecracker powder seized, an illegal gold mine raided, posts for Lebaran travel, mounted police at a car-free day,
Ramadan food markets, a flood patrol, task-force visits in Papua): a day only in a photo caption, a year only in a
forwarded line, a weekday that fits no year the text gives, writers in brackets at the end.

Set 163 holds 14 articles from 14 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own site and regional
pages of national portals, from Banten to Sulawesi Barat), police work beyond patrols (churches and temples swept
before services, a carnival, a school patrol unit sworn in, thugs rounded up, a rally awaited, liquor destroyed): no
year in the text, a weekday that does not match its date, the quote's day before the event's, an empty byline, a
lead without its full stop.

Set 164 holds 13 articles from 13 more new sites, hosts ``a`` to ``m`` (local portals, a Polsek's Blogger site and
regional pages of national portals, from Aceh to Kalimantan Utara), police work beyond patrols (palm wine and liquor
raided, a prayer guarded, a parade, a youth gang, loud exhausts seized, a terror alert): no day or year in the text,
a year only in a later line (a Ramadan's, a Hijri date's), a weekday that does not match its date, a night that turns
the year, a province or another city as dateline, writers from an author box or none behind a desk's initials.

Set 165 holds 12 articles from 12 more new sites, hosts ``n`` to ``z`` (Blogger sites, local portals, regional papers'
pages, a police and army news site and a national religious portal, from Sumatra Barat to Papua Barat), police
work beyond patrols (hotspots of forest fires, cockfights, liquor raided for a week, village heads sworn in, a church
guarded, alms given out, a walking race): a unit never named above the Polsek, no date at all or no year, a posting
stamp far from the event, a weekday that does not match its date, a staff code or a desk's initials where a writer
stands.

Set 166 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals, Blogger news sites, a regional
television's site, a theme's demo site reposting a television's item, regional pages of national portals, from Riau to
Sulawesi Utara), police work beyond patrols (a fallen tree cleared, election logistics guarded, sarong fights prevented,
thugs and gangsters, loud exhausts, a radio dialogue, liquor in coffee stalls, truant pupils, a river patrol against
illegal mining): no date at all, no year or only an election's, weekdays two days off, a night patrol's hour written
as the morning's, units named only by their Polsek, a Polres named by the city but acting in the regency, writers as a
site's poster, a desk's credit or a code.

Set 167 holds 14 articles from 14 more new sites, hosts ``n`` to ``z`` (local portals, a Polda's and a Polres's Blogger
sites, regional pages of national portals, from Sumatra Utara to Sulawesi Utara), police work beyond patrols (gambling
at a funeral raided, boarding houses visited, a boat-burning ritual guarded in two years, a sea-worm festival, a
swearing-in, Christmas services, a boat race, exam papers escorted, bags checked): a weekend as a span, a year only in
a festival's name or an earlier day, weekdays that do not match, the peak day written as tomorrow, a Polres by its old
name, a mayor leading the patrol, desk initials in brackets.

Set 168 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals, a Binmas site, regional pages of
national portals, from Sumatra Selatan to Papua), police work beyond patrols (a task force's health care and dialogues
in Papua, Brimob posted in Jakarta's districts, a takbir night's appeal, Christmas and New Year posts, policewomen
visiting, a Javanese new year's night, joint raids): a task force that is no region's unit, a span of two days, no day
at all or only a weekday, a headline inside the body under a scroll prompt, an editor's line and a site's account where
a writer stands, a statement's day for a holiday season.

Set 169 holds 14 articles from 14 more new sites, hosts ``n`` to ``z`` (local portals, a Polsek's own site, a public
broadcaster's regional site and regional pages of portals, from Lampung to Nusa Tenggara Barat), police work beyond
patrols (a cockfight raided, tourist spots on Eid al-Adha, pupils in coffee stalls, temples swept for Chinese New Year
and Cap Go Meh, churches swept for Good Friday, Ramadan patrols planned, a horse procession, a children's concert): an
unfinished lead, hard wraps with no empty lines, a two-digit year, a plan for patrols, an empty byline, no year, a
national story naming no unit, a weekday that does not match its date, writers from an author box.

Set 170 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals, a Polres's tribratanews site,
regional pages of national portals, from Sumatra Utara to Kalimantan Tengah), police work beyond patrols (a single
organ's party, palm wine, a market before the holidays, a boat of the water police, a parade, posts for Christmas and
New Year, an election's dialogue): weekdays that do not match their dates, no year, no date or headline at all,
hashtags closing the text, a photographer's credit in capitals, a headline in a caption between bars, a WhatsApp
message quoted, writers after a release's mark or on a reporter's line.

Set 171 holds 12 articles from 12 more new sites, hosts ``n`` to ``z`` (local portals, regional pages of national
portals, from Sumatra Utara to Sulawesi Barat), police work beyond patrols (cooling-system visits, water patrols, a
fallen tree, a house fire, a mother in labour helped through a raid, suicides prevented, an army officer's visit
with the village police officer): only ``kemarin`` or a holiday for a day, no year, a weekday that fits no reading of
its date, a night standoff told on the next day, units named only by an officer's post, a writer under a caption.

Set 172 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (a Polresta's own site, local portals, regional
pages of national portals, from Sumatra Utara to Bangka Belitung and Jawa Timur), police work beyond patrols (a liquor
store raided, a market's prices checked, a drug arrest, an illegal tin mine raided, thugs rounded up, a Polda's eve of
Idul Fitri, a mentally ill man helped, a stalled car pushed on a toll road by a motorcycle officer): a weekday that
fits another year, a date widget years after the event, days without a year, a statement's day only, a headline naming
the wrong Polres, names in brackets closing the text.

Set 173 holds 14 articles from 14 more new sites, hosts ``n`` to ``z`` (local portals, regional pages of national
portals and a national daily, from Sumatra Utara to Kalimantan Selatan and Madura), police work beyond patrols (lost
children found, a ban on bathing in the sea, help in a flood by the water police, a polling stations' plan, a New Year
roll call, Friday visits of policewomen, a village's own guard): only ``kemarin`` or ``akhir pekan lalu`` for a day,
days without a year, a year only from a stamp, a Polres written without ``Metro``, a Polsek's patrol only in a caption,
writers in lower case or only an editor.

Set 174 holds 15 articles from 15 more new sites, hosts ``a`` to ``m`` (Blogger news sites, regional pages of national
portals and local portals, from Sumatra Utara to Kalimantan Tengah and Bali), police work beyond patrols (plain-clothes
officers over the holidays, a flood, a cattle theft, a forest fire put out, a Waisak guard, a temple parade ahead,
teenagers made to push their motorbikes, a boy drowned): a weekday that fits another month, days without a year, a
raid only ``kemarin malam``, a credit with a site's name in brackets, two units sharing a guard.

Set 175 holds 15 articles from 15 more new sites, hosts ``n`` to ``z`` (local portals, a Polres's own subdomain,
regional editions of national portals, from Riau to Papua Barat Daya), police work beyond patrols (palm wine seized, a
market walk, an accident's victims moved, election logistics escorted, a border on alert after a Polres was burnt, posts
for Christmas, a feature on water police in a harbour): dates with two-digit years, only a statement's day or a
festival's first day, a neighbour's incident as the only date, a Polsek's old Polda, an editor as the only name.

Set 176 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals and Blogger news sites, from Aceh
to Bali), police work beyond patrols (a flood's evacuation, a polling rehearsal, an arrack still raided, rice aid, a
drowned man searched for, motorbikes stolen and returned, Christmas posts): a weekday that fits the day after, a year
mistyped, days without a year, a year only from an election, a Hijri year mistyped, a poster's handle under a widget.

Set 177 holds 14 articles from 14 more new sites, hosts ``n`` to ``z`` (local portals, a regency's radio, a school's
site, a watchdog's site, a newspaper story reposted on a personal page, from Sumatra Utara to Maluku), police work
beyond patrols (a cafe raided, sarong fights, punks taken in, a body on a toll road, a bull race's riot, earthquake
ruins, election logistics guarded): only ``kemarin malam`` under a stamp, a month that disagrees with the festival told,
no date at all, a Polsek by a name the registry lacks, a dateline naming another site, a unit never named.

Set 178 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals, regional pages of national
portals, two texts a machine reworded, from Banten to Kalimantan Tengah and Bali), police work beyond patrols (a food
task force, a market check, a village vote ahead, a child snatched, an old woman carried from a flood, a lost child, an
accident's scene examined): a headline running into the lead, only a statement's day, a police post under a Polres that
did not exist yet, the national water police, a day without a year and a Sunday only as a word.

Set 179 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (local portals, a regency's and the national
police's own sites, from Sumatra Utara to Bali), police work beyond patrols (guard roll calls before Christmas and
Lebaran, cockfights raided, a body in a sack, a motorbike theft ring, charity boxes stolen, a traffic meeting): text
stripped of its punctuation, a weekday that fits the eve, a site's date of reading above the story, the only date a
quoted article's upload, days without a year.

Set 180 holds 14 articles from 14 more new sites, hosts ``a`` to ``m`` (local portals, regional pages of national
portals, a Polres's own site, from Sumatra Utara to Sulawesi Tenggara), police work beyond patrols (a police radio show
on guard posts, a church swept for bombs, a school visit, a holiday traffic operation, a cane field guarded, masks
checked, a cockfight raided, a football match guarded, a Polsek proposed): no writer in any, a weekday that fits neither
date, a page's date of reading above the story, days without a year, no date at all, a text starting mid-story.

Set 181 holds 13 articles from 13 more new sites, hosts ``n`` to ``z`` (local portals, a tribratanews mirror, a women's
magazine, from Aceh to Papua), police work beyond patrols (blood drives, fire relief, market prices checked, loud
exhausts destroyed, a mass circumcision, orphans' aid, a flooded headquarters, an exhibition): a Polresta story under
another city's dateline, a caption's credit mid-text, a reporter's line at the end, days without a year, no date or no
place at all, a national task force as the only unit.

Set 182 holds 13 articles from 13 more new sites, hosts ``a`` to ``m`` (local portals, a personal blog, two regencies'
sites, from Riau to Sulawesi Tengah), police work beyond patrols (a Kapolda's Lebaran visit, a café raided, pupils
sworn in as school police, liquor destroyed, beaches guarded, aid for the elderly, forest fires checked, a crash
examined, masks enforced, a courier arrested, a mosque cleaned): a day only as 'kemarin (20/7)', two-digit years, days
without a year, no date at all, a publisher's line, text on one line, a statement telling no event.

Set 183 holds 6 articles from 6 more new sites, hosts ``n`` to ``z`` (local portals, a national daily's print edition,
a Polda's news site, a magazine, from Jakarta to Sulawesi Selatan), police work beyond patrols (a teenagers' brawl, a
guard post's contest, a seminar, residents' plea over a drug arrest, the national homecoming operation, an officer
killed on escort duty): a 'Minggu dini hari' with no date, 'kemarin malam' before a print date, two Polres, no unit at
all.

Sets 184 and 185 hold new articles from sites earlier sets came from, as a humas writer pasting again from the same
sites would bring them: set 184 13 articles from 13 such sites, hosts ``a`` to ``m`` (a Polres's and two Polda's news
blogs, tribratanews and regional pages, local portals, from Jambi to Gorontalo), set 185 14 from 14, hosts ``n`` to
``z`` (Polres and Polsek sites and blogs, tribratanews sites, local portals, from Sumatra Barat to Nusa Tenggara Timur):
night patrols, raids, guard posts, school visits, flood help, roll calls before an election or Lebaran; days without a
year, a night named by the weekday it runs into, a weekday that disagrees, a kicker above the headline, writers in
capitals in brackets or in a reporter's line.

Sets 186 and 187 are more of the same kind, new articles from sites earlier sets came from, 13 each: 186 hosts ``a`` to
``m`` (two Polres's and a Polsek's news blogs, regional agency pages, local portals, from Sumatra Utara to Kalimantan
Tengah), 187 hosts ``n`` to ``z`` (six Polres sites and a Polda's tribratanews site, local portals, from Lampung to
Maluku Utara): blue-light and school patrols, guard posts at churches and polling stations, roll calls, raids, a flood's
evacuation, a corn harvest; days without a year, weekdays that disagree, a site's date bar above the story, no date at
all, writers in a byline or in brackets.

Sets 188 and 189 are more of the same kind, 13 articles each: 188 hosts ``a`` to ``m`` (ten sites earlier sets came
from and three new: a news agency's regional pages, a national portal's regional edition, another's partner channel,
local portals, from Lampung to Maluku Utara), 189 hosts ``n`` to ``z`` (tribratanews sites of three Polda and of Polres,
Polres's own sites, local portals, from Aceh to Papua): guards at churches at Christmas, the new year and Sunday
services, raids on liquor and racing youths, school traffic duty, polling stations, Nyepi effigies, a roll call; days
without a year, a weekday that disagrees, datelines glued to the lead, a photo caption above the text, user names,
initials and desk codes in brackets.

Sets 190 and 191 are more of the same kind, 13 articles each: 190 hosts ``a`` to ``m`` (eleven sites earlier sets came
from and two new: news agencies' regional pages, national and regional dailies, a national network's regional pages,
local portals, from Lampung to Papua), 191 hosts ``n`` to ``z`` (ten known and three new: Polres's police-news sites, a
news agency's Papua pages, police-news blogs, local portals, from Aceh to Papua): Friday talks with residents, church
services at Christmas, polling stations and village elections, roll calls, night patrols, noisy exhausts, a week's
thieves caught; headlines below the lead or after a menu, stamps with English months, days without a year, weekdays
alone, reporters' lines and names in brackets.

Sets 192 and 193 are more of the same kind, 13 articles each: 192 hosts ``a`` to ``m`` (twelve known sites and one new:
news agencies' regional pages, a Polda's and a Polres's police-news sites, national portals' regional pages, local
dailies and portals, from Aceh to Papua), 193 hosts ``n`` to ``z`` (seven known and six new: Polres police-news sites,
a news agency's Papua pages, local portals, from Aceh to Maluku Utara): noisy exhausts, blue-light and night patrols,
temples at Galungan, churches at Christmas, polling stations, Lebaran posts, roll calls, a Kapolda's visits; weekdays
that disagree, days without a year, only a speaker's day, a Polda directorate on loan to a Polres.

Set 99 holds 20 articles from 20 more new sites, hosts ``n`` to ``z`` (local portals, two Polres's and a Polsek's own
sites, two tribratanews sites, a regency's site, from Sumatra Utara to Nusa Tenggara Timur), police work beyond patrols
(a youth gang, fish seed, drivers' urine tests, a lost tourist, corn harvests, orphanages, aid parcels, mangroves, a
beach clean-up, young police, a temple, a nightclub raid, Pasola, lost children): days without a year, a report's day
beside the drownings' days, a date closing a chief's own words, a writer in an author box.

Set 24 holds 32 articles from 32 more new sites, every host's name starting with a letter from ``a`` to ``m``
(a press office's Blogger site, news agencies' and national networks' regional editions, a mirror of a national
site, an aggregator carrying a broadcaster's story, a magazine's and regional dailies' portals, local portals and
a citizen blog, from Sumatra to Papua): an app banner, rubrics, repeated headlines and standfirsts, bulleted
related headlines, ad markers and comment-form headings, datelines of a site and a bar, a city and a press
office, a Polres glued to a hyphen or units chained by dashes, the date written out after the city, the
provincial capital over another regency's story, dates with two-digit years, without a year, with a year cut
short ('9/11/202'), with a weekday that does not fit, only in a speaker's words or a relayed message, mojibake
spaces and Markdown block quotes, a Polresta under a wrong or an older type, Polda directorates, Brimob and Polwan
units and joint forces with the army as acting units, and writers credited at the top, at the end or not at all.

Set 25 holds 32 articles from 32 more new sites, every host's name starting with a letter from ``n`` to ``z``
(Polres and Polda tribratanews sites, the national police portal's blog, a news agency's provincial page,
regional editions of national networks, a regional public TV station, regional dailies, Blogger news sites and
local portals, from Aceh to Papua): weather and date widgets, a Blogger theme's ad words, photo captions with
credits, publication stamps, 'Baca Juga' and ad lines, site footers and comment forms, datelines with the site
glued to a city without a space, the Polda's city over a Polres's story, a domain broken by a space, a lowercase
l as separator or a second dateline naming the Polres and the Polda, dates with two-digit years, without a year,
only in a caption or a speaker's words, weekdays that disagree with the date, no date but a stamp or an hour,
hard-broken sentences, a Bhabinkamtibmas with no unit named, Polsek patrolling another kecamatan, Polres named by
a short or old form, Polda directorates and operation task forces as acting units, and writers credited at the
top, at the end or not at all.

Set 26 holds 31 articles from 31 more new sites, every host's name starting with a letter from ``a`` to ``m`` (a
Polres blog, Blogger news sites, a news agency's provincial page, regional and city editions of national
networks, a feed aggregator's copy, regional dailies and an e-paper site, local portals, from Aceh to Maluku):
teasers, font-size buttons, view counts (one glued to a city), 'Posted on' lines, stamps glued to a writer's
credit, tag lines, 'Baca juga' lines, a blog's popular posts, comment disclaimers and copy-protection notices,
datelines of a village glued to the site's name, a province and a Polres split by a slash, a site's short name
with the city in brackets, a bar or a regency's capital over an event elsewhere, dates without a year, a span of
days, only in a caption or a speaker's words, weekdays that disagree with the date, a patrol past midnight with
two dates, no date but a stamp or 'kemarin', second and third pages with no dateline, hard-broken lines, a Polres
written apart where the registry writes it closed-up, Polda directorates, Brimob units and a Bhabinkamtibmas as
acting units, and writers credited at the top, at the end or not at all.

Set 27 holds 32 articles from 32 more new sites, every host's name starting with a letter from ``n`` to ``z``
(Polres and Polda tribratanews sites, Polres sites, a veterans' branch blog, Blogger news sites, a content farm's
reworded copy, regional dailies and portals, a national TV news site, national sites' regional pages and a
newspaper page on a digital kiosk, from Aceh to Papua): rubric and category lines, decks, publication stamps and
view counts, a publisher's address block, photo captions with credits, unrelated headlines between paragraphs,
'Baca Juga' and 'Tags' lines, a subscription banner and an empty comment box, datelines with a regency glued to a
domain, a name in Markdown bold, a kecamatan in brackets, the site's name alone or a trailing colon on a line of
its own, dates in square brackets, with two-digit years, without a year, only in a caption or a speaker's words,
weekdays that disagree with the date or are misspelt, no date but a holiday or an hour, hard-broken sentences, a
Bhabinkamtibmas with no Polsek named, Polres named by a short or an old long name, Polda directorates and Brimob
acting with a city's Polres, a Kapolres's working visit, and writers credited at the top, at the end in brackets
or not at all.

Run ``.venv/bin/python tests/import_accuracy.py`` for the per-field table of every set, or name
the sets to show: ``tests/import_accuracy.py 3`` (``tuning``, ``1`` to ``42``).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from site_plugins.authoring.importer import draft_story, parse_article  # noqa: E402
from site_plugins.content.registry import LEVELS, Registry, load_registry  # noqa: E402
from site_plugins.content.stories import is_unfilled  # noqa: E402

ARTICLES = Path(__file__).parent / "fixtures" / "import"
FIELDS = ("title", "date", "unit", "location", "author")
SETS = {
    "tuning": "tuning set", "1": "held-out set 1", "2": "held-out set 2", "3": "held-out set 3", "4": "held-out set 4", "5": "held-out set 5",
    "6": "held-out set 6", "7": "held-out set 7",
    "8": "held-out set 8", "9": "held-out set 9", "10": "held-out set 10",
    "11": "held-out set 11", "12": "held-out set 12", "13": "held-out set 13",
    "14": "held-out set 14", "15": "held-out set 15",
    "16": "held-out set 16",
    "17": "held-out set 17",
    "18": "held-out set 18",
    "19": "held-out set 19",
    "20": "held-out set 20",
    "21": "held-out set 21",
    "22": "held-out set 22",
    "23": "held-out set 23",
    "24": "held-out set 24",
    "25": "held-out set 25",
    "26": "held-out set 26",
    "27": "held-out set 27",
    "28": "held-out set 28",
    "29": "held-out set 29",
    "30": "held-out set 30",
    "31": "held-out set 31",
    "32": "held-out set 32",
    "33": "held-out set 33",
    "34": "held-out set 34",
    "35": "held-out set 35",
    "36": "held-out set 36",
    "37": "held-out set 37",
    "38": "held-out set 38",
    "39": "held-out set 39",
    "40": "held-out set 40",
    "41": "held-out set 41",
    "42": "held-out set 42",
    "43": "held-out set 43",
    "44": "held-out set 44",
    "45": "held-out set 45",
    "46": "held-out set 46",
    "47": "held-out set 47",
    "48": "held-out set 48",
    "49": "held-out set 49",
    "50": "held-out set 50",
    "51": "held-out set 51",
    "52": "held-out set 52",
    "53": "held-out set 53",
    "54": "held-out set 54",
    "55": "held-out set 55",
    "56": "held-out set 56",
    "57": "held-out set 57",
    "58": "held-out set 58",
    "59": "held-out set 59",
    "60": "held-out set 60",
    "61": "held-out set 61",
    "62": "held-out set 62",
    "63": "held-out set 63",
    "64": "held-out set 64",
    "65": "held-out set 65",
    "66": "held-out set 66",
    "67": "held-out set 67",
    "68": "held-out set 68",
    "69": "held-out set 69",
    "70": "held-out set 70",
    "71": "held-out set 71",
    "72": "held-out set 72",
    "73": "held-out set 73",
    "74": "held-out set 74",
    "75": "held-out set 75",
    "76": "held-out set 76",
    "77": "held-out set 77",
    "78": "held-out set 78",
    "79": "held-out set 79",
    "80": "held-out set 80",
    "81": "held-out set 81",
    "82": "held-out set 82",
    "83": "held-out set 83",
    "84": "held-out set 84",
    "85": "held-out set 85",
    "86": "held-out set 86",
    "87": "held-out set 87",
    "88": "held-out set 88",
    "89": "held-out set 89",
    "90": "held-out set 90",
    "91": "held-out set 91",
    "92": "held-out set 92",
    "93": "held-out set 93",
    "94": "held-out set 94",
    "95": "held-out set 95",
    "96": "held-out set 96",
    "97": "held-out set 97",
    "98": "held-out set 98",
    "99": "held-out set 99",
    "100": "held-out set 100",
    "101": "held-out set 101",
    "102": "held-out set 102",
    "103": "held-out set 103",
    "104": "held-out set 104",
    "105": "held-out set 105",
    "106": "held-out set 106",
    "107": "held-out set 107",
    "108": "held-out set 108",
    "109": "held-out set 109",
    "110": "held-out set 110",
    "111": "held-out set 111",
    "112": "held-out set 112",
    "113": "held-out set 113",
    "114": "held-out set 114",
    "115": "held-out set 115",
    "116": "held-out set 116",
    "117": "held-out set 117",
    "118": "held-out set 118",
    "119": "held-out set 119",
    "120": "held-out set 120",
    "121": "held-out set 121",
    "122": "held-out set 122",
    "123": "held-out set 123",
    "124": "held-out set 124",
    "125": "held-out set 125",
    "126": "held-out set 126",
    "127": "held-out set 127",
    "128": "held-out set 128",
    "129": "held-out set 129",
    "130": "held-out set 130",
    "131": "held-out set 131",
    "132": "held-out set 132",
    "133": "held-out set 133",
    "134": "held-out set 134",
    "135": "held-out set 135",
    "136": "held-out set 136",
    "137": "held-out set 137",
    "138": "held-out set 138",
    "139": "held-out set 139",
    "140": "held-out set 140",
    "141": "held-out set 141",
    "142": "held-out set 142",
    "143": "held-out set 143",
    "144": "held-out set 144",
    "145": "held-out set 145",
    "146": "held-out set 146",
    "147": "held-out set 147",
    "148": "held-out set 148",
    "149": "held-out set 149",
    "150": "held-out set 150",
    "151": "held-out set 151",
    "152": "held-out set 152",
    "153": "held-out set 153",
    "154": "held-out set 154",
    "155": "held-out set 155",
    "156": "held-out set 156",
    "157": "held-out set 157",
    "158": "held-out set 158",
    "159": "held-out set 159",
    "160": "held-out set 160",
    "161": "held-out set 161",
    "162": "held-out set 162",
    "163": "held-out set 163",
    "164": "held-out set 164",
    "165": "held-out set 165",
    "166": "held-out set 166",
    "167": "held-out set 167",
    "168": "held-out set 168",
    "169": "held-out set 169",
    "170": "held-out set 170",
    "171": "held-out set 171",
    "172": "held-out set 172",
    "173": "held-out set 173",
    "174": "held-out set 174",
    "175": "held-out set 175",
    "176": "held-out set 176",
    "177": "held-out set 177",
    "178": "held-out set 178",
    "179": "held-out set 179",
    "180": "held-out set 180",
    "181": "held-out set 181",
    "182": "held-out set 182",
    "183": "held-out set 183",
    "184": "held-out set 184",
    "185": "held-out set 185",
    "186": "held-out set 186",
    "187": "held-out set 187",
    "188": "held-out set 188",
    "189": "held-out set 189",
    "190": "held-out set 190",
    "191": "held-out set 191",
    "192": "held-out set 192",
    "193": "held-out set 193",
}


@dataclass
class Case:
    """One article: its pasted text and the values a careful reader finds in it."""

    name: str
    text: str
    expected: dict

    @property
    def held_out(self) -> bool:
        return bool(self.expected.get("held_out"))

    @property
    def set_name(self) -> str:
        """The key in ``SETS`` of the set the article belongs to."""
        marked = self.expected.get("held_out")
        return "tuning" if not marked else "1" if marked is True else str(marked)


def cases() -> list[Case]:
    return [
        Case(path.stem, path.read_text(encoding="utf-8"), yaml.safe_load(path.with_suffix(".yml").read_text("utf-8")))
        for path in sorted(ARTICLES.glob("*.txt"))
    ]


def registry() -> Registry:
    return load_registry(ARTICLES / "satuan.yml", "satuan.yml")


def outcome(expected: object, found: object) -> str:
    """``right``, ``flagged`` or ``wrong`` for one field."""
    flagged = any(is_unfilled(value) for value in found.values()) if isinstance(found, dict) else is_unfilled(found)
    if expected is None:
        return "right" if flagged else "wrong"
    if flagged:
        return "flagged"
    choices = expected if isinstance(expected, list) else [expected]
    return "right" if found in choices else "wrong"


def judge(case: Case, units: Registry) -> dict[str, tuple[str, object]]:
    """Field -> (outcome, value found) for one article."""
    fields = draft_story(parse_article(case.text), units).fields
    found = {key: fields.get(key) for key in FIELDS if key != "unit"}
    found["unit"] = {level: fields[level] for level in LEVELS if level in fields}
    return {key: (outcome(case.expected[key], found[key]), found[key]) for key in FIELDS}


def table(results: list[dict[str, tuple[str, object]]]) -> str:
    """Per-field counts of right / flagged / wrong, and the totals."""
    lines = [f"{'field':<10}{'right':>7}{'flagged':>9}{'wrong':>7}"]
    total: Counter = Counter()
    for key in FIELDS:
        counts = Counter(result[key][0] for result in results)
        total.update(counts)
        lines.append(f"{key:<10}{counts['right']:>7}{counts['flagged']:>9}{counts['wrong']:>7}")
    share = 100 * total["right"] / max(1, sum(total.values()))
    lines.append(f"{'all':<10}{total['right']:>7}{total['flagged']:>9}{total['wrong']:>7}   {share:.1f}% right")
    return "\n".join(lines)


def main(names: list[str]) -> None:
    units = registry()
    every = cases()
    for name in names or list(SETS):
        if name not in SETS:
            sys.exit(f"unknown set {name!r}; choose from {', '.join(SETS)}")
        chosen = [case for case in every if case.set_name == name]
        results = [judge(case, units) for case in chosen]
        print(f"\n{SETS[name]}: {len(chosen)} articles")
        print(table(results))
        for case, result in zip(chosen, results):
            for key, (verdict, value) in result.items():
                if verdict != "right":
                    print(f"  {verdict:<8}{case.name}: {key} = {value!r} (expected {case.expected[key]!r})")


if __name__ == "__main__":
    main(sys.argv[1:])
