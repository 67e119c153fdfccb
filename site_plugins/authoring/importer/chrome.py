"""Page furniture that a copied article brings along, kept as data.

Each pattern is matched against a whole line (case-insensitive, spaces collapsed). The tests
hold, for each pattern, the real line it was written for, so a pattern that stops matching
its line, or starts eating story text, fails there.
"""

from __future__ import annotations

import re

_CREDIT_IN_BRACKETS = r"\((?:dok|foto)\b[^)]{0,60}\)"
"""A photo's credit in brackets: ``(foto: dok-resbla)``, ``(Dok. Humas)``."""
_PHOTOGRAPHER = (
    r"(?!(?:red|redaksi|humas|tim)\b)(?-i:[A-Z]{2,}(?: [A-Z]{2,}){1,3})\s*/\s*(?-i:[A-Z][a-z][\w.]*(?: [A-Z][\w.]*){0,2})"
)
"""A photographer's credit alone on its line above the photo: the full name in capitals, a slash and the paper's name
(``RIZAL SETYO NUGROHO/Radar Jogja``); one word in capitals there (``POLRES/Humas``) is no person's name."""

CREDIT_INTO_LEAD = r"f(?:h)?oto\s*:\s+(?:[^()]{1,200}?\([^()]{1,40}\)\s+)?(?=(?-i:[A-Z]{4,})\s+[–—-]\s+(?:\S+\s+){11})"
"""A photo's credit that runs straight into the lead (``Foto: ANTARAMAMUJU – Satuan Kepolisian Perairan …``): the
agency's name in capitals, one word, is the dateline's, and the line, twelve words or more after the dash, is the
lead, not a caption; the label alone leaves it, or the label with the caption and its credit in brackets that the
page glued before the dateline (``Foto: Beberapa anggota … di titik rawan (Mondes/Her) TRENGGALEK – …``)."""

DROPPED_LINES = (
    # blog templates (Blogger, WordPress), also the heading of a Blogger theme's list of pages below the story
    r"header (?:ads(?: widget)?|menu)",  # also a theme's menu label above the stamp: no writer's name
    r"\d+/recent/ticker-posts",  # a Blogger theme's ticker left as its setting
    r"pages",
    r"pembaca",  # a Blogger theme's readers' label above the comments
    r"klik di ?sini untuk bergabung.*",  # a call to join the site's channel below the comments' count
    # a social widget's count of followers and its button (``16.4k Pengikut`` / ``Mengikuti``), and a read-more label
    # left between paragraphs (``Bacaan Lainnya``)
    r"[\d.,]+\s*(?:k|rb|ribu|jt)?\s+pengikut|mengikuti",
    r"bacaan lainnya",
    r"please comment, follow, like,? and subscribe:?",  # a Blogger site's call above the post
    r"no result|view all result",  # a theme's search box left empty, above the headline
    r"halaman|\d{1,2}(?: \d{1,2}){1,9}",  # a long story's pages below it: ``Halaman`` / ``1 2``
    # an ad's label alone (``- Advertisement -``), an image's call (``Klik Gambar``), a byline left without its
    # name beside the views' counter (``oleh -115 views``), and a theme's seller's ad (``Dapatkan full source code``)
    r"-\s*advertisement\s*-|klik gambar(?: untuk informasi selanjutnya)?|oleh\s*-?\s*\d+\s+views?"
    r"|dapatkan full source code.*",
    # an image alone on its line: an ad's banner between paragraphs (``![](/_nuxt/img/IKLAN AGAK PANJANG2 …jpg)``), a
    # writer's picture above the story (``![Mochammad Angga](https://cdn.tadatodays.com/admin/…png)``)
    r"!\[[^\]]*\]\([^)]*\)",
    # a theme's ad slot named by its place with a hyphen, and a banner's size, each alone on a line (``header-ad``,
    # ``468x60``), and a news ticker's label (``BREAKING NEWS``, ``Info Terkini``) above the headline, and the ticker
    # itself: two or more items, each closed by a run of hyphens
    r"(?:header|footer|sidebar|top|bottom)-ads?",
    r"\d{2,4}\s?x\s?\d{2,4}",
    r"breaking news|info terkini|top news|running story\s*:?",
    r"(?:\S.*?\s-{3,}\s*){2,}",
    r"social header",
    r"-->",
    r"masukkan script iklan disini",
    r"(?:no|\d+|tidak ada) (?:comments?|komentar)\s*:?",  # also with a space before the colon: ``0 Komentar :``
    # also Blogger's link to the comments' feed: ``Posting Komentar (Atom)``, ``Post Comments (Atom)``
    r"(?:post(?:ing)? (?:a )?|tulis )(?:comments?|komentar)(?: \(atom\))?\s*:?",  # also ``Post A Comment:``
    r"(?:labels?|categories|kategori)\s*:.*",
    r"subscribe to .*",
    r"home\s*[/»>].*",
    r"[^❯]{1,40}(?:❯[^❯]{1,60})+",  # a breadcrumb with arrow signs: ``Berita ❯ Kabupaten Solok selatan``
    # a rubric filing the page under a unit's news, a line of its own: ``Berita Polres Ogan Ilir``
    r"berita pol(?:res(?:ta|tabes)?|da|sek) [^\W\d_]+(?: [^\W\d_]+){0,2}",
    r"[^\W\d_]+ & [^\W\d_]+",  # a rubric of two topics, a line of its own above the headline: ``Hukum & Kriminal``
    r"exit mobile version",
    # a theme's search overlay and its back-to-top link, left above the headline: ``Top`` / ``Begin typing your search
    # above and press return to search.``
    r"top|begin typing your search above and press return to search\.?",
    r"loading(?:\.{3}|…)?",  # a page's loader left above the rubric: ``Loading...``
    r"load more",  # a page's button for more stories below the article: ``Load More``
    # a WordPress theme's image slots left as text above the menu (``spot_img spot_img``), also after an ad's label
    # between paragraphs (``- Advertisement -spot_img``)
    r"(?:-\s*advertisement\s*-\s*)?(?:spot_img\s*)+",
    # a skip link for keyboards and screen readers, first on the page: ``Menuju konten utama``
    r"(?:menuju|lompat ke|lewati ke|langsung ke) (?:konten|isi)(?: utama)?|skip to (?:the )?(?:main )?content",
    r"(?:login|log in|masuk)(?:\s*[|/]?\s*(?:kirim tulisan|daftar|register))*",
    r"belum (?:memiliki|punya) akun\??\s*(?:daftar|register)\b.{0,20}",  # a portal's sign-up prompt above the headline
    r"(?:diberdayakan oleh|powered by) blogger\.?",
    # a site's welcome banner of items split by bars, above the post (``Selamat Datang di Halaman Blog Polres Sumbawa
    # Barat | Link ke polri.go.id | …``): the blog's own unit, not the story's
    r"selamat datang di (?:halaman|situs|website|web|blog|portal)\b[^|]*(?:\|[^|]*)+",
    # a Blogger theme's settings menu and its page-not-found notice, pasted above the story
    r"theme (?:layout|translation)|(?:trending posts|home layout|posts title) display|home page",
    r"we are sorry,? page not found",
    # a Blogger gadget's title left above the post (``Islamic Calendar`` / ``Islamic Widget``): a line of one to three
    # words ending in one of these English words (``gadget``, everyday Indonesian too, is left out)
    r"(?:[\w-]+ ){0,2}(?:widget|calendar)",
    r"(?:- )?jelajahi|best viral premium blogger templates|kode it",  # a template's menu and its maker's credit
    # a site's tagline bar of three or more phrases between double bars, first on the page (``Banyuwangi The Sunrise
    # Of Java || Kota Festival || Jelajahi Banyuwangi, …``; a dateline's double bar has one), and its theme's menu
    # button (``Menu Click to open Menus``)
    r"[^|.!?]{2,60}(?:\|\|[^|.!?]{2,60}){2,}",
    r"(?:menu )?click to open menus?",
    # share widgets
    # also as a list's item
    r"(?:- )?(?:share|share this|sebarkan|bagikan)(?: artikel ini| berita| ke| ke teman kamu| dengan)?\s*:?",
    r"(?:previous|next) arrow",  # a photo slider's buttons below the story: ``previous arrow`` / ``next arrow``
    r"news reporter",  # a theme's author box label under the writer's name, above the comment form
    r"(?:bagikan ke (?:whatsapp|twitter|facebook|telegram))+",
    r"(?:share on (?:facebook|twitter|whatsapp|telegram))+",  # glued: ``Share on FacebookShare on Twitter``
    r"shares|views",  # a share counter's labels, each on a line below its number: ``713`` / ``SHARES``
    r"(?:tweet|facebook|twitter|x|whatsapp|telegram|pinterest|linkedin|print|cetak|copy link|salin (?:tautan|link))",
    r"(?:email this|blogthis|share to).*",
    r"(?:fb|ig|my|kkd|tw|yt)(?:/(?:fb|ig|my|kkd|tw|yt))+",
    # share buttons each named with the site's name, one line: ``Facebook JPNN.com Jatim Twitter JPNN.com Jatim …``
    r"facebook\s.{0,60}?\btwitter\s.*",
    r"(?:url|tautan|link) berhasil di(?:copy|salin)",  # the copy button's notice below them: ``URL berhasil dicopy``
    # advertising and reading prompts
    r"(?:advertisement|iklan|tutup iklan|✕ tutup iklan|close ads x?|scroll to (?:continue|resume).*|ads?)",
    r"article ad box",  # an empty ad slot's label above the story: ``ARTICLE AD BOX``
    r"scroll untuk (?:membaca|melanjutkan)\b.*",  # ``Scroll untuk membaca artikel``
    # an ad slot's label by where it stands on the page: ``Iklan Di tengah``, ``Iklan atas 2``
    r"iklan (?:di )?(?:tengah|atas|bawah|samping|kanan|kiri|header|footer|sidebar)(?: \d+)?",
    # an advertiser's banner named in capitals: ``IKLAN PEMDA BEKASI HUT RI 2023 VNNCOID``
    r"(?-i:IKLAN(?: [A-Z0-9]+){1,8})",
    r"thank you for reading this post.*",
    r"» ?klik berita lainnya di google news\b.*",  # a portal's call between the story and its credits
    r"(?:butuh bantuan polisi\? )?segera hubungi 110\b.*",
    r"gratis+!*",
    r"[a-z0-9]+(?:-[a-z0-9]+){2,}",  # an ad slot's name left as text
    r"(?:advertisement )?advertise here",
    # a portal template's regions named in lower case above the headline (``panel header``, ``panel news ticker``,
    # ``panel iklan Hosrizon``, ``panel main 1``), and its app's advert (``Dapatkan Gratis Aplikasi Suaramerdeka untuk
    # Android.``)
    r"(?-i:panel) (?:header|footer|menu|sidebar|news ticker|main(?: \d+)?|iklan\b.{0,40})",
    r"dapatkan (?:gratis )?aplikasi [\w.-]+ (?:untuk|di) (?:android|ios|iphone)\.?",
    # a theme's ad slots left empty, also named with the site's: ``Banner Iklan Harianesia floating``
    r"(?:example|banner)(?: iklan(?: [\w.-]+)?)? (?:floating|\d+x\d+)",
    # an ad slot left as text with its close button and the site's address: ``x beritaplus.id skyscraper``
    r"(?:[x✕×] )?(?:[\w-]+\.)+[a-z]{2,} (?:skyscraper|leaderboard|billboard|rectangle|banner|sticky|popup)(?: \w+)?",
    r"avatar",  # a WordPress author box's picture, its alternative text left above the site's name and stamp
    # also as a list's item: ``- BACA JUGA : …``, or in bold: ``**Baca Juga: …``, and as ``Lihat juga:``, or in
    # brackets: ``(BACA JUGA: Video Detik-Detik …)``
    r"(?:- |\*\*|\()?(?:baca|lihat) juga\b.*",
    r"(?:aa )?read next\s*:.*",  # also glued after the reading tools' font button: ``Aa Read Next : DLH Tumbuhkan …``
    r"pilihan editor\s*:.*",  # a portal's editors' pick, another story's headline: ``Pilihan Editor: Antisipasi …``
    r"baca berita dengan sedikit iklan.*",  # a portal's offer above the lead: ``… sedikit iklan, klik di sini``
    # a photo marked as an illustration under the site's name: ``SOLOPOS.COM - Ilustrasi cari beasiswa … (Freepik)``
    r"[\w-]+(?:\.[\w-]+)+\s*[-–—]\s*ilustrasi\b.{0,200}",
    # a photo marked as an illustration, with what it shows, alone on its line: ``Ilustrasi - Razia pekat``
    r"ilustrasi\s*[-–—:]\s*[^.!?]{1,80}\.?",
    r"by (?:jurnalis berita|redaksi|admin|tim redaksi)",  # a site's account as byline: ``By Jurnalis Berita``
    # a portal's app prompt and reading tools above the headline: ``get app`` / ``inews`` / ``Aa Text``
    r"get app|aa text|header img",
    r"(?:menu )?close menu",  # a theme's menu toggle, both its labels, above the headline: ``Menu Close Menu``
    # a page's own address and its rights line, copied above the headline (``https://www.kabarsawit.com``)
    r"https?://\S+",
    r"all rights? reserved\.?",
    # a news agency's keyword line and its one-sentence photo captions
    # (its keywords after a comma and a space, or glued to the comma: ``id balap liar,polres oku,berita sumsel``)
    r"id (?:[^,.]+, ?)+[^,.]+",
    r"[^.!?]{1,150}\.? \((?:antara|ant)/[^)]*\)",
    # the same, longer, credited to the agency and its photographer by name (``… Minggu (31/9/2025). (ANTARA/Rafly)``,
    # also after a dash and with spaces inside: ``… Jumat (23/6/2023). - (Antara/Syifa Yulinnas )``); a desk code
    # closing story text is in lower case (``(ant/bm 10)``)
    r"[^.!?]{1,300}\.?(?: -)? \(\s*antara/(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*\)",
    # the same, longer, a handout photo's (``… di Jalan Raya Dungus-Kare Kabupaten Madiun, Senin (21/6/2021).
    # (ANTARA/HO-Humas Polres Madiun)``); the agency's desk code closes story text (``… masyarakat. (ant/bm 10)``)
    r".{1,400}?[.!?] \((?:antara|ant)\s*/\s*ho\b[^)]*\)",
    # a file photo's caption of several sentences closed by the agency's photo credit (``… Sulawesi Selatan. (ANTARA
    # FOTO/Dewi Fajriani)``): its days, units and places are an older story's
    r".{1,600}?[.!?] \(antara foto\s*/[^)]*\)",
    # a photo caption credited to the photo's source, or left as a table row under the photo; ``Fhoto`` is a common
    # misspelling (``… Jumat (20/1/2023) (Fhoto : Aljupri/Realitasnews.com)``)
    # also closed by a full stop (``(Foto: IST).``), or in square brackets (``… balap liar di Medan. [Dok Polres
    # Pelabuhan Belawan]``)
    r".{1,300}?\.? (?:\((?:dok|f(?:h)?oto|ist(?:imewa)?)\b[^)]*\)|\[(?:dok|f(?:h)?oto|ist(?:imewa)?)\b[^\]]*\])\.?",
    r".{1,300}?[.!?] \(f/[^)]{1,30}\)",  # the photo's short credit: ``… Selasa 8 Agustus 2023. (f/humas)``
    # a caption closed by the photo's copyright mark in brackets: ``… Polres Rohul Berdialog Dengan Masyarakat
    # (Copyright.Int)``
    r".{1,300}?\.? \((?:copyright\b|©)[^)]{0,40}\)\.?",
    # a caption closed by the press office's credit without brackets: ``… Jum'at 3 Mei 2019 foto : Humas Polres Majene``
    r"[^.!?]{1,300}\sfoto\s*:\s*humas\b[^.!?]{0,60}",
    # a photo's credit alone, the site's address and the photographer: ``tribunmataraman.com/david yohanes``
    r"[\w-]+(?:\.[a-z]{2,})+/(?:[^\W\d_][\w'’.-]*\s?){1,4}",
    r"updates\.?",  # a theme's label alone below the story
    # a reading-time label above the story, an ad's marker after it too: ``waktu baca 2 menitADVERTISEMENT``
    r"waktu baca \d+ (?:menit|minutes?)(?:\s*advertisement)?",
    r"kolom iklan",  # an empty ad slot's label
    r"social",  # a share box's label alone
    # a photo's credit, the paper and the photographer: ``Tribun Batam/Argianto DA Nugroho``
    r"tribun ?[a-z]+ ?/ ?(?:[^\W\d_][\w'’.-]*\s?){1,4}",
    # a font size widget's two buttons: ``Smallest Font`` / ``Largest Font``
    r"(?:smallest|largest) font",
    r"take a fresh look at your lifestyle\.?",  # a WordPress theme's tagline left in place above the headline
    r"hello!",  # a chat widget's greeting below the story
    r"\d(?:[.,]\d)?\s?/\s?5",  # a rating widget's score below the story: ``4/ 5``
    r"oleh",  # a byline's label alone, its name lost: ``Oleh``
    # the site's address and its motto in capitals: ``KABARGAYO.CO.ID ~ KRITIS, INDEPENDEN & TERPERCAYA``
    r"[\w-]+(?:\.[a-z]{2,})+\s*[~|–-]\s*(?-i:[A-Z][A-Z ,&]{5,60})",
    # the page's stamp as a list's item above the photo's caption: ``- 9 Agustus 2019, 23:00 WIB``
    r"-\s+\d{1,2}\s+[^\W\d_]{3,9}\s+\d{4},?\s+\d{1,2}[:.]\d{2}(?:\s+WI(?:B|TA?))?",
    # the same with the credit after bars instead of brackets (``… di sekitaran pulau Ternate || Foto : istimewa``)
    r"[^|]{1,300}? \|{1,2} ?f(?:h)?oto ?:[^|]{1,60}",
    # the same caption written twice on one line, glued (``… pagi hari. (Foto: Humas Polres Bitung)Jajaran … pagi hari.
    # (Foto: Humas Polres Bitung)``: the photo's alternative text and its caption)
    r"(?P<caption>.{1,300}?\.? \((?:dok|foto|ist(?:imewa)?)\b[^)]*\)\.?)\s*(?P=caption)",
    # a short caption with the bare credit set right after its full stop (``… patroli malam.(Istimewa)``); a lead
    # closed so (``… Rabu (29/03/2023).(foto: riz)``) is longer and credits a photographer
    r"[^()]{1,100}\.\((?:ist(?:imewa)?|dok)\.?\)",
    # a caption closed by the site's address after a slash, in brackets: ``… 23 Januari 2018. (/Fokusjateng.com)``
    r".{1,300}?[.!?]\s?\(\s*/\s*[\w-]+\.(?:com|co\.id|id|net)\s*\)",
    # also with the paper's short name before the source: ``… Wilayah Kecamatan Blahbatuh. (BP/Istimewa)``
    r".{1,300}?\.? \((?-i:[A-Z]{2,8})\s*/\s*(?:dok|foto|ist(?:imewa)?)\b[^)]*\)\.?",
    # a caption closed by the medium's and the photographer's full name (``(MI/Rendy Ferdiansyah)``, ``(IDN
    # Times/Darsil Yahya)``), also with the hyphens a theme set after it (``(ANTARA/Winda Herman)--``); a desk's credit
    # (``(Red/Andi)``, ``(Humas/Budi Santoso)``) closes story text
    r"[^\"“”]{1,300}?\.?\s?\((?!(?:red|redaksi|rls|rel|adv|hms|humas|tim|penulis|editor)\b)"
    r"(?-i:[A-Z][\w]*(?: [A-Z][\w]*){0,2})\s*/\s*(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){1,3})\)(?:\.|-+)?",
    # the same closed by the site's address and the photographer's one name (``… di Mapolres Tegal Kota, Senin
    # (5/4/2021). (Ayotegal.com/Lilisnawati)``)
    r"[^\"“”]{1,300}?\.?\s?\((?-i:[A-Z][\w-]*)\.(?:com|co\.id|id|net)\s*/\s*"
    r"(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\)\.?",
    _CREDIT_IN_BRACKETS + r"|ist(?:imewa)?\.?",
    r"[^.!?]{1,300}\. (?:foto\s*/\s*[\w ]{1,40}\.?|(?:[\w.]+\s*/\s*)?ist\.?)",  # also ``… Foto/Humas Polres X.``
    # the same with the photo's day as a sentence of its own before the credit (``… Melaksanakan Mediasi Sengketa Tanah.
    # Kamis, 24 September 2020. Foto/Dok``)
    r"[^.!?]{1,300}\. [^.!?]{0,20}\d{1,2} [^\W\d_]+ \d{4}\. foto\s*/\s*[\w ]{1,40}\.?",
    # a caption closed by ``Foto``, the agency and its photographer after a slash (``… Kabupaten Gowa, Sulawesi Selatan,
    # Minggu (5/4/2020). Foto Antara/Abriawan Abhe``): another story's photo, its day and place not the story's
    r"[^.!?]{1,300}\. foto (?-i:[A-Z][\w.]*)\s*/\s*(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\.?",
    # a caption closed by the photo's short credit, an ``F`` and a dash, and its source (``… Kamis (13/1/2022). F-
    # Istimewa/Humas Polres Bintan``)
    r"[^.!?]{1,300}\. f\s*-\s*(?:ist(?:imewa)?|dok|humas)\b[\w /.-]{0,60}",
    # a caption closed, without brackets, by the paper's name, in capitals or not, and the photographer's full name
    # (``… Kamis (11/3/2021) malam WIB. PALAPAPOS/Ronald Pasaribu``, ``… musim mudik lebaran. Tempo/Tony Hartawan``)
    r"[^\"“”]{1,300}?[.!?] (?!(?:red|redaksi|rls|rel|adv|hms|humas|tim|penulis|editor|foto|dok|sumber)\b)"
    r"(?-i:[A-Z]{3,}|[A-Z][a-z]{3,})\s*/\s*(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){1,3})",
    # the same closed by the agency's photo desk (``… Polda Metro Jaya, Jakarta, beberpa waktu lalu.  ANTARA
    # FOTO/Sigid Kurniawan``): another day's photo, its caption in capitals first like a dateline
    r"[^\"“”]{1,400}?[.!?]\s+antara\s+foto\s*/\s*(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\.?",
    rf"(?!{CREDIT_INTO_LEAD})f(?:h)?oto\s*:\s.{{1,300}}",
    # a caption under its label, and the photo's source under it (``Keterangan Foto: Polisi saat menangkap …`` /
    # ``Sumber foto: Akun resmi Instagram …``)
    r"(?:keterangan|sumber) (?:foto|gambar)\s*:\s.{1,300}",
    # a caption closed by the word that marks the photo as an illustration, glued to its stop (``… jalanan
    # sepi.Ilustrasi``)
    r"[^\"“”]{1,300}?[.!?]\s?\(?ilustrasi\)?\.?",
    _PHOTOGRAPHER,
    # a one-sentence caption closed by its photographer and the medium after a slash: ``… di Oninantooge, Wakatobi.
    # Foto: Wa Ode Hesti/Telisik.``
    r"[^.!?]{1,300}\. foto\s*:\s*(?-i:[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3})\s*/\s*(?-i:[A-Z][\w.]*)\.?",
    # a caption closed by its bracketed day and the press office's credit without a colon: ``Jum’at Curhat di Long
    # Bagun: Wadah Aspirasi Warga, Komitmen Polres Jaga Kamtibmas. (11/4/2025). Foto Humas Polres Mahulu.``
    r".{1,200}?\(\d{1,2}/\d{1,2}/\d{2,4}\)\.? foto (?:humas|dok)\b[^.!?]{0,60}\.?",
    # a caption closed by its photographer between dashes or after one: ``… Kompol Suparno. -Foto: Hermiana E. Effendi``
    r"[^.!?]{1,200}\. -\s*foto(?:\b[^-]{0,20}-|\s*:\s*(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}))",
    # a caption without a stop, glued to its credit between hyphens: ``Patroli antisipasi pergerakan massa-Foto:dokumen
    # palpos-``, ``Kapolrestabes Palembang Kombes Pol Mokhamad Ngajib-Foto: Deny/SUMEKS.CO-``
    r"[^.!?]{1,200}\w-foto\s*:\s*[\w ./]{1,40}-",
    r"last updated \d{4}-\d{2}-\d{2}t[\d:]+z?",  # a page's machine stamp: ``Last Updated 2026-01-29T06:56:28Z``
    # a site's greeting banner above its menu: ``Selamat Datang di Klaten Bersinar``
    r"selamat datang di(?: [\w-]+){1,5}",
    r"!\[[^\]]*\]\([^)\s]*\)\s*\|?",
    r"(?:[^.!?]|(?<=\d)\.(?=\d)){1,200}\.?(?: \([^()]{1,40}\))? perbesar",  # a caption with the photo's enlarge button,
    # also after its stop and its credit (``… Victor Dean Mackbon. (Polda Papua) Perbesar``), and with a number's
    # thousands dot inside (``… Kerahkan 1.500 Personel Amankan Malam Takbiran Perbesar``)
    # a WordPress caption's shortcode, left in the text with its caption (``[caption id="attachment_3568" …]Ilustrasi
    # Ilustrasi[/caption]``)
    r"\[caption\b[^\]]*\].{0,300}?\[/caption\]",
    r"dapatkan berita terbaru di .+",
    r"spread the love",  # a WordPress share plugin's heading above the story
    r"connect with us",  # a theme's heading of its social links, above the headline
    # a theme's count of comments below the headline, its icon's name before it: ``- comment 0 komentar``
    r"[-•]?\s*comment \d+ komentar",
    r"muat lebih",  # a button loading more of the page, left between paragraphs
    r"\[gambas:?\s*video[^\]]*\]",  # a video's placeholder a national portal's copy keeps: ``[Gambas Video 20detik]``
    r"source link",  # an aggregator's link to the story it copied, below it
    # letters written apart on a line of their own: a rubric above the headline (``U T A M A``), a writer's initials
    # below the story (``S T H``)
    r"(?-i:(?:[A-Z] ){2,}[A-Z])",
    r"shadow",  # a theme's leftover word alone above the headline
    # a news network's menu above its story: ``Baca artikel IDN Times lainnya di IDN App``, ``IDN Ecosystem``, ``IDN
    # Signature Events``
    r"baca artikel idn times lainnya di idn app|idn ecosystem|idn signature events",
    # a WordPress counter of the page's views: ``1,290 total views, 2 views today``
    r"[\d.,]+ total views?, [\d.,]+ views? today",
    # a government portal's notice above a story, for its documents: ``Silakan login terlebih dahulu untuk mendownload
    # dokumentasi kegiatan ini.``
    r"silakan login terlebih dahulu untuk [^.!?]{1,80}\.?",
    r"(?:portal|situs) (?:berita|informasi)\b[^.!?,:]{0,60}",  # a site's tagline (a headline has its comma)
    r"baca koran [^.!?]{1,60}",  # an e-paper site's name and tagline: ``Baca Koran Harian Rakyat Bengkulu - Pilihan Utama``
    # a regional edition's tagline under the site's name: ``Berita Hari Ini di Kalimantan Timur (Kaltim)``
    r"berita (?:hari ini|terkini|terbaru|terupdate) (?:di|dari|seputar) [^.!?,:]{1,60}",
    # a publisher's masthead above the headline: its company and tagline, its address with the house's number, its
    # telephone and its mail (``PT Suara Dewata Media - Suara dari Pulau Dewata``, ``Jalan Anyelir I, Nomor 4A, Desa
    # Dauh Peken, Kec. Tabanan, Kab. Tabanan, Bali``, ``Call:0361-8311174``, ``info@suaradewata.com``)
    r"pt\.? (?:[\w-]+ ){1,4}media(?: [-–|] [^.!?]{1,60})?",
    r"(?:jalan|jl\.?|jln\.?) [^!?,]{1,40}, (?:nomor|no\.?) ?\d+[a-z]?(?:, [^!?,]{1,40}){1,6}\.?",
    r"(?:call|telp?\.?|telepon|phone|hp|wa|whatsapp)\s*:?\s*\+?[\d() .-]{6,20}",
    r"(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    r"\|?[^|]{1,300}\|",
    r"[^|]{1,40}\|\s*:\s*\|[^|]{1,80}\|",  # a row of the page's table of details: ``Editor | : | Ali |``
    # icon names a copy keeps before a page's byline and date, and its reading tools
    r"(?:- )?(?:account_circle|calendar_month|calendar_today|access_time|visibility) .*",
    r"(?:- )?print cetak",
    r"icon featured",  # the label of a page's featured image
    # a post's categories above its headline, one of them the site's ``News`` (``Batam, News, Pendidikan``)
    r"(?=(?:[^,]*, )*news(?:,|$))[a-z][a-z ]{1,20}(?:, [a-z][a-z ]{1,20}){1,5}",
    # a name the page's code gives an icon or a style, left as text, in lower case with its hyphens (``icon-featured``,
    # ``badge-check``, ``more-vertical``, ``image-gnews``)
    r"(?-i:[a-z]+(?:-[a-z]+)+)",
    r"(?:info )?atur ukuran teks .*",
    r"font\s*[+\-–]|a a a|a|font\s*:\s*ukuran\s*:[\s+\-–]*",  # also the text-size buttons one a line each: ``A``
    # a font-size widget over three lines: ``Ukuran Font`` / ``Kecil Besar`` / ``14px``
    r"ukuran (?:font|huruf|teks)|(?:kecil|sedang|normal|besar)(?: (?:kecil|sedang|normal|besar)){1,3}|\d{1,2} ?px",
    r"(?:- )?ukuran (?:font|huruf|teks)\s*:\s*[-–]?\s*\+?",  # on one line, its buttons after it: ``- Ukuran Font: - +``
    r"\(adsbygoogle\b.*",
    # the file name of a photo, left where the photo stood
    r"whatsapp image \d{4}[ -]\d{2}[ -]\d{2} at \d{1,2}\.\d{2}\.\d{2}(?: [ap]m)?",
    r"img[ _-]\d{8}[ _-]wa\d{4}\b.*",
    r"img[ _-]\d{8}[ _-]\d{4,6}(?:[ _-]\d{1,4})?",  # a camera's: ``IMG 20210222 33578``
    r"picsart(?:[ _-]\d{2,4}){4,}",
    # credits a page ends with that name no writer: the humas, the desk with a site or a humas
    # office after it (``(Red/Bidhumas)``; ``(Red/Andi)`` names the writer), an account
    r"\*{0,2}\(humas\b[^)]{3,80}\)\*{0,2}|\(?red\s*/\s*(?:[\w-]+\.[\w.]+|\w*humas)\)?|humas\.[\w.]+",
    # a release's publisher named after the story (``Publisher By : BIDHUMAS POLDA JATIM``)
    r"publisher\s+by\s*:.*",
    # a note on how the text was made
    r"konten ini diolah dengan bantuan ai\.?",
    # the date line of a stamp set over two lines (``pada tanggal`` / ``22 September 2022``)
    r"(?:diterbitkan |dipublikasikan )?pada tanggal",
    # the site's own name alone on a line, also with the area it writes from after two slashes, and
    # counters of views and comments
    r"polri",
    r"[\w .-]{2,40}//\s*[\w .-]{2,40}",
    r"\d{1,6}",
    r"[^.!?]{0,60}?\d+x?\s*dilihat",
    r"(?:- )?\d+ (?:lihat|views?)",  # also as a list's item below the byline: ``- 33 Lihat``
    # the counter after its label, closing a rubric and stamp line: ``Daerah | 24-Jun-2024 05:32 WIB | Dilihat : 117 Kali``
    r"[^.!?]{0,60}?\|\s*dilihat\s*:?\s*\d+(?:\s*kali)?",
    r"\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?) ago(?: \d+)?",
    # the counter of readings, with its number before the headline (``Dibaca: 1164 kali``) or alone as a label below
    # the story (``KALI DIBACA``)
    r"dibaca\s*:?\s*\d+\s*kali|(?:\d+\s*)?kali dibaca",
    r"(?:banner \d{2,4}x\d{2,4}\s*)+",  # an empty ad slot's label: ``banner 970x250 banner 970x250``
    r"post top ad|responsive ads here|breaking",  # a Blogger theme's ad slots and its ticker's label, each alone
    r"tulis & tekan enter|images",  # a theme's search box prompt and an image's alternative text, each alone
    # a reading time in English, also as a list's item, glued to the site's name or after its label: ``2 min
    # readBlinkiss.id``, ``Estimated read time 2 min read``
    r"(?:[•·-]\s*)?(?:estimated read(?:ing)? time\s*)?\d+\s*min(?:ute)?s?\s+read(?:\s*[\w-]+(?:\.[\w-]+)+)?",
    r"keterangan gambar\s*:?",  # an image's caption label left without its caption, above the lead
    r"post(?:ed)? by\s*:?\s*(?:redaksi|admin)",  # the desk's account as poster above the story: ``Post by : Redaksi``
    # a counter of readers and a copy-protection plugin's message: ``649 Pembaca error: Content is protected !!``
    r"(?:\d+\s+pembaca\s+)?error\s*:\s*content is protected\s*!*",
    r"editor\s+\w+(?:\s+\w+)?\s+dibaca\s*:?\s*\d+",  # the desk's editor and the readings: ``Editor Kiwi Dibaca : 431``
    r"berita video\s*:.*",  # a teaser of the portal's video story between paragraphs: ``BERITA VIDEO: Menhub …``
    # WhatsApp
    r"(?:diteruskan|forwarded|pesan ini telah dihapus|this message was deleted)",
)
"""Lines that are never story text: dropped wherever they stand."""

ARTICLE_ENDS = (
    r"(?:similar|related|popular) (?:posts?|articles?)",
    # an aggregator's teasers of other stories, cut with an ellipsis; a portal's recommended stories
    r"read also|recommendations? for you|rekomendasi (?:untuk )?(?:anda|kamu)",
    r"check also",  # a WordPress theme's next story under the author box, its teaser cut with an ellipsis
    r"pos terkait",  # a theme's related posts, translated
    r"berita (?:terkait|terkini|lainnya|populer)(?: minggu ini| hari ini)?|artikel terkait",
    r"populer (?:minggu|hari) ini",  # a portal's most read stories below the story, without ``Berita``
    r"berita untuk (?:anda|kamu)",  # a portal's picked stories below the story: ``Berita Untuk Anda``
    r"(?:(?:tag|berita) )?terpopuler",  # also alone: ``TerPopuler``
    r"terkini",
    r"(?:❝❞\s*)?komentar(?: anda)?",  # also after a comment form's quote signs: ``❝❞ Komentar Anda``
    r"tampilkan",
    r"leave a (?:reply|comment)|be the first to comment|discussion about this post",
    r"trending topics?",  # a theme's list of trending stories below the article
    r"tinggalkan (?:balasan|komentar)",
    r"click to comment",
    r"comments?",  # a comment widget's heading alone, below the story: ``Comment``
    r"silahkan beri komentar.*",
    r"sil(?:ahkan|akan) komentar(?: anda)?(?: di ?sini)?\W*",  # ``Silakan komentar Anda Disini….``
    r"follow\s*:",  # a portal's social links below the story, their label alone: ``follow :``
    r"banyak dibaca",  # a widget of the most read stories: ``Banyak Dibaca``
    r"tags|artikel pilihan",  # a theme's tag list and its picked stories, each heading alone
    r"teks foto\s*:",  # a photo's caption set below the story under its label: ``Teks Foto:``
    # a portal's call to follow its channel: ``Follow WhatsApp Channel www.liputankepri.com untuk update …``
    r"follow whatsapp channel\b.*",
    # a widget of other headlines, each glued to its rubric and age: ``Headline21 jam agoAdy Hermawan Resmi …``
    r"headline\s*\d+\s*(?:detik|menit|jam|hari|minggu|bulan)\s+ago.*",
    # a Blogger theme's author widget, the writer's profile number after the name: ``Mirhan 2904921418864267871``
    r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) \d{15,20}",
    r"telp\.?\s*redaksi\s*:.*",  # the newsroom's telephone: ``Telp.Redaksi : 0813-9764-0276``
    r"catatan\s*:\s*hanya anggota dari blog ini yang dapat mengirim komentar\.?",  # a Blogger comment form's note
    # a portal's notice against copying, under the story: ``Dilarang mengambil dan/atau menayangkan ulang …``
    r"dilarang mengambil dan/atau menay.*",
    r"berkomentarlah dengan bijak",
    # also ``…, klik di sini.`` after it, and ``*) BACA informasi pilihan lainnya dari Padangkita di Google News``
    r"(?:\*\)\s*)?(?:temukan|simak|ikuti|cek|baca) (?:berita|informasi) .+ di google news\b.*",
    r"silakan baca konten .+ di google news\.?",  # ``Silakan baca konten menarik lainnya dari JPNN.com Jogja di …``
    r"belum ada komentar(?: untuk .+|\.)?",  # also alone: ``Belum ada komentar.``
    r"\d+ komentar untuk .+",  # a Blogger theme's count of comments: ``0 Komentar untuk "Polisi Memberi …"``
    # a Blogger theme's related story after its label, and a portal's related articles' headings in English:
    # ``Related : Polisi Memberi Rasa Kondusif …``, ``Read other related articles``, ``Also read other articles``
    r"related\s*:.+|read other related articles|also read other articles",
    r"faq",
    r"you may have missed",
    r"you might also like",  # a theme's related posts
    r"read entire article",  # an aggregator's link to the whole story, then its rubrics
    r"kirim komentar",  # a comment form's heading: ``Kirim Komentar``
    r"comments are closed\.?",  # a closed comment section's notice
    r"post a comment",  # a Blogger theme's comment form, the blog's other headlines below it
    r"terbaru(?: popular)?",  # a theme's tabs of its latest and popular stories: ``Terbaru`` / ``popular``
    r"lainnya",  # a portal's heading of other stories alone: ``LAINNYA``
    r"click one of our contacts below to chat on whatsapp",  # a chat widget's call below the story
    r"mungkin (?:anda|kamu) (?:juga )?(?:suka|menyukai)",  # a portal's related headlines: ``Mungkin anda suka``
    r"more stories",  # a WordPress theme's list of later headlines
    r"dapatkan update berita .+",  # a portal's call to follow it: ``Dapatkan update berita terbaru dari Topsumbar. …``
    # a daily's call to follow its channels, the channels below it: ``Dapatkan berita terupdate dari FAJAR di:``
    r"dapatkan berita (?:terbaru|terupdate|terkini) (?:di|dari)\b.*",
    # a comment section's notice, also cut short: ``Isi komentar sepenuhnya adalah tanggung jawab pengguna …``
    r"isi komentar sepenuhnya\b.*",
    # a daily's call to follow its channels, closing a story it lent: ``Update berita terkini dan berita pilihan kami
    # langsung di ponselmu. …``
    r"update berita [^.!?]{0,60}\bdi ponsel(?:mu| anda)\b.*",
    r"artikel (?:sebelumnya|berikutnya)",
    # a Blogger theme's links to the next and the previous post: ``Lebih baru Lebih lama``, ``Previous Post Next Post``
    r"(?:lebih baru|lebih lama|newer posts?|older posts?|previous post|next post)"
    r"(?: (?:lebih baru|lebih lama|newer posts?|older posts?|previous post|next post))?",
    # a portal's call to follow it, alone or with its networks: ``Ikuti kami di``, ``[Ikuti Indovizka.com Melalui
    # Sosial Media]``, also its name in words: ``[Ikuti Seputar Riau Melalui Sosial Media]``
    r"\[?ikuti (?:kami|[\w-]+(?:\.[\w-]+)+) (?:di|melalui)(?: (?:sosial media|media sosial|google news|whatsapp|"
    r"instagram|facebook|youtube|tiktok|twitter|x)\b[^.!?]*)?\]?",
    r"\[?ikuti (?-i:[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) (?:di|melalui) (?:sosial media|media sosial)\]?",
    # the same as a label and a call: ``Update Berita, Follow Google News``
    r"update berita,? follow google news",
    r"editors? team",  # a portal's box of its editors' names below the story: ``Editors Team`` / ``Daisy Floren``
    # also with the sign first, or with a year and no sign: ``© Copyright 2024, All Rights Reserved``,
    # ``Copyright 2025 | Infojatim.id``
    r"copyright\s*©.*|©\s*copyright\b.*|copyright \d{4}\b.*",
    r"tags?\s*:(?:\s+[\w ,-]{1,60})?",  # also with its tags after it: ``Tags: kendal``
    r"no more posts available\.?",
    r"\d+ \d+ votes?",  # a comment widget's rating (``0 0 votes``, ``Article Rating``, ``Subscribe``)
    r"article rating",
    r"subscribe",  # alone on its line: a comment widget's or a newsletter box's button
    # a TV channel's call below its story, before its social links: ``Subscribe NET JATENG Official Youtube Channel:``
    r"subscribe [^.!?]{0,60}\b(?:youtube|channel)\b[^.!?]{0,20}",
    # a WordPress feed's closing line, reposted with the story: ``The post … appeared first on Polres Kabupaten Madiun.``
    r"the post .+ appeared first on .+",
    # a later story's teaser, cut: ``Lhokseumawe - Personel …``
    r"(?-i:[A-Z])[\w'’. ]{1,40}\s[-–—]\s.{10,120}(?:…|\.\.\.)",
)
"""Lines after which a page holds no more of the article: comment forms, related headlines."""

_DROPPED = re.compile("|".join(f"(?:{pattern})" for pattern in DROPPED_LINES), re.IGNORECASE)
_ENDS = re.compile("|".join(f"(?:{pattern})" for pattern in ARTICLE_ENDS), re.IGNORECASE)


def is_chrome(line: str) -> bool:
    """True for a line of page furniture (the line already has its spaces collapsed)."""
    return bool(_DROPPED.fullmatch(line))


_PHOTO_CREDIT = re.compile(_CREDIT_IN_BRACKETS, re.IGNORECASE)


def is_photo_credit(line: str) -> bool:
    """True for a photo's credit alone on its line (``(foto: dok-resbla)``): the line above is its caption."""
    return bool(_PHOTO_CREDIT.fullmatch(line))


_PHOTOGRAPHER_LINE = re.compile(_PHOTOGRAPHER, re.IGNORECASE)


def is_photographer_credit(line: str) -> bool:
    """True for a photographer's full name in capitals and the paper's name alone on a line (``RIZAL SETYO
    NUGROHO/Radar Jogja``): a paper's caption may follow it."""
    return bool(_PHOTOGRAPHER_LINE.fullmatch(line))


def ends_article(line: str) -> bool:
    """True for a line that starts the page's comment section or related-story list."""
    return bool(_ENDS.fullmatch(line))
