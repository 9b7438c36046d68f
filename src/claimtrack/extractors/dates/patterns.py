"""The scanner: one compiled, word-bounded VERBOSE regex that finds date and duration candidates.

Every fragment is built from the lexicon ``claimtrack/data/dates.toml`` (month and weekday
names, seasons, ordinals, number words, units), so adding a spelling is a data change. Each
alternative of :data:`SCANNER` is a named group whose name (``m.lastgroup``) tells the
normaliser which form it found; inner groups carry the parts. Every repetition is bounded,
so the scan is linear on any input.

>>> m = SCANNER.search("Exports rose in May 2025.")
>>> m.lastgroup, m.group()
('k_my', 'May 2025')
>>> SCANNER.search("Prices may rise.") is None
True
"""

from __future__ import annotations

import re

from claimtrack.extractors.dates.anaphora import scanner_source
from claimtrack.extractors.dates.words import (
    base_number_words,
    day_ordinal_words,
    lexicon,
    ordinal_words,
    season_codes,
    tens_and_units,
    unit_codes,
)


def _words(table: dict[str, list[str]]) -> list[str]:
    return [w for forms in table.values() for w in forms]


def alternation(words: list[str], fold_first: bool = False) -> str:
    """A non-capturing alternation of whole phrases, longest first.

    With ``fold_first`` a lower-case phrase also matches with a capital first letter.
    """
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        escaped = r"\s{1,3}".join(re.escape(piece) for piece in word.split())
        if fold_first and word[:1].isalpha() and word[:1].islower():
            escaped = f"[{word[0]}{word[0].upper()}]{escaped[1:]}"
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def number_word_pattern(words: list[str]) -> str:
    """An alternation of number words in which a tens word may take a unit ("seventy-four", "thirty five").

    The compounds are not listed one by one: the alternation stays as short as the lexicon.
    """
    tens, units = tens_and_units()
    compound = rf"{alternation([t for t in tens if t in words], fold_first=True)}(?:[-\s]{alternation(units)}\b)?"
    return rf"(?:{compound}|{alternation(words, fold_first=True)})"


def _by_first_letter(words: set[str]) -> str:
    """An alternation of lower-case words grouped by first letter, so a miss fails fast.

    >>> _by_first_letter({"last", "late", "next"})
    '(?:l(?:ast|ate)|n(?:ext))'
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(groups.items())) + ")"


def _full_weekdays() -> list[str]:
    return [forms[0] for forms in lexicon()["weekdays"].values()]


def _build_scanner() -> re.Pattern[str]:
    lex = lexicon()
    full_names = _words(lex["months"])
    # lower-case month names count too, except those that are also common words
    month_full = alternation(
        full_names + [m.lower() for m in full_names if m.lower() not in lex["common_words"]["words"]]
    )
    month_abbr = alternation(_words(lex["month_abbrevs"]))
    month = rf"(?:{month_full}|{month_abbr}\.?)"
    month_any = alternation([w.lower() for w in full_names + _words(lex["month_abbrevs"])])
    # lower-case abbreviations and "may"/"march"/"august" only where a number makes them a
    # date: "feb 30", "may 5th", "may 5, 2020", "5 dec 2019", "in may 2020" (never "you may 5")
    low_abbr = rf"(?<![\w'’-])(?:{alternation([w.lower() for w in _words(lex['month_abbrevs'])])})\.?"
    low_common = rf"(?<![\w'’-])(?:{alternation(list(lex['common_words']['words']))})"
    low_year = r"(?=,?\s{1,3}(?:(?:of|in)\s{1,3})?(?:1\d{3}|20\d\d)(?![\d%]|[.,]\d))"
    low_day = r"(?:[12]\d|3[01]|0?[1-9])"
    low_month_day = (
        rf"(?:{low_abbr}(?=\s{{1,3}}{low_day}(?!\d))"  # feb 30
        rf"|{low_common}(?=\s{{1,3}}{low_day}(?:st|nd|rd|th)\b|\s{{1,3}}{low_day},?\s{{1,3}}(?:1\d{{3}}|20\d\d)\b))"
    )
    low_month_year = (  # 5 dec 2019, dec, 2019, may 2020 (not "may, in 2020")
        rf"(?:{low_abbr}{low_year}|{low_common}(?=\s{{1,3}}(?:1\d{{3}}|20\d\d)(?![\d%]|[.,]\d)))"
    )
    weekday_full = alternation(_full_weekdays() + [w.lower() for w in _full_weekdays()])
    weekday_any = rf"(?:{weekday_full}|{alternation(_words(lex['weekdays']))}\.)"
    weekday_abbr = alternation([w for forms in lex["weekdays"].values() for w in forms[1:]])
    season = alternation(_words(lex["seasons"]), fold_first=True)
    ordinal = alternation(_words(lex["ordinals"]), fold_first=True)
    numword = number_word_pattern(list(base_number_words()))
    unit = alternation(list(unit_codes()))
    # "past" alone starts a length ("the past two weeks"), never a relative date; "this past"
    # only before a week, a weekend, a month, a weekday, a month name or a season ("this past
    # year" is as often the last twelve months: a length)
    rel = alternation([w for ws in lex["relative"].values() for w in ws if w not in ("past", "this past")], True)
    rel = rf"""(?:[Tt]his\s{{1,3}}past(?=\s{{1,3}}(?:weekend|week|month|{weekday_full}|{month_full}|{season})\b)
                |{rel})"""
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    year = r"(?:1\d{3}|20\d\d)"
    ord_suffix = r"(?:st|nd|rd|th)?"
    fiscal = r"(?:(?:[Ff]iscal|[Ff]inancial)(?:[\s-]year)?\s{1,3}|FY\s?)"
    year_tail = (  # the year of a quarter or half: "of 2025", "of fiscal 2025", "of next year"
        rf"(?:(?:,?\s{{1,3}}|[-/])(?:of\s{{1,3}})?(?:the\s{{1,3}})?(?P<@_fis>{fiscal})?(?P<@_y>{year})(?![\d%])"
        rf"|\s{{1,3}}of\s{{1,3}}(?P<@_r>this|next|last)\s{{1,3}}year\b(?!['’]s))?"
    )
    part_of_day = alternation(_words(lex["parts_of_day"]))
    set_words = alternation(_words(lex["sets"]))
    day_word = alternation(list(day_ordinal_words()), fold_first=True)
    # holidays also in lower case ("on election day"), except "may day" (the modal "may")
    holidays = _words(lex["holidays"])
    low_holidays = [h.lower() for h in holidays if not h.lower().startswith(tuple(lex["common_words"]["words"]))]
    holiday = alternation(holidays + low_holidays).replace("'", "['’]")
    centuries, tens, units = (alternation(list(lex["year_words"][k])) for k in ("centuries", "tens", "units"))
    anaphora = scanner_source()  # the next day, later that year: resolved by .anaphora
    no_num_after = r"(?![\d%]|[.,:]\d|\s?(?:%|percent|per\s+cent))"
    before = r"(?<![\w$€£¥#.,/+])(?<!\d[-–])"
    source = rf"""
      (?P<k_iso> (?<![\w.])(?<!\d-) {year}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01]) (?!\w|-\d) )  # 2025-07-09
    | (?P<k_iso8> (?<![\w.,$€£¥#/]) (?:19|20)\d\d (?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01])  # 20250709
          (?![\w,%]|[.,]\d|-[A-Za-z]) )
    | (?P<k_num> (?:(?<![\w./-])|(?<=\d/\d-)|(?<=\d/\d\d-)|(?<=\d\d\d\d-))            # 07/09/2025, 7-9-2025
                 (?P<n1>\d{{1,2}}) (?P<nsep>[/.-]) (?P<n2>\d{{1,2}}) (?P=nsep) (?P<n3>\d{{4}}|\d{{2}})
                 (?![\w/]|\.\d|-\d(?!\d?[/-]\d)) )                                     # may start a range
    | (?P<k_nmd> (?:(?<![\w./-])|(?<=\d/\d-)|(?<=\d/\d\d-)) (?<!\d\s) (?!24/7\b|9/11\b)  # on 11/20; not 24/7, 9/11
          (?P<nmd1>\d{{1,2}}) / (?P<nmd2>\d{{1,2}})
          (?![\w/]|[.,]\d|\s?%|\s{{1,3}}(?:of|inch|inches|miles?|cups?|pounds?|per|percent|pct)\b)
          (?:,\s{{1,3}}(?P<nmd_y>{year})(?![\d%]|[.,]\d))? )                             # 5/7, 2020
    | (?P<k_wk> (?<![\w-]) [Ww]eek \s{{1,3}} (?P<wk_n>5[0-3]|[1-4]\d|0?[1-9]) (?![\w%]|[.,]\d)  # week 31
          (?:,?\s{{1,3}}(?:of\s{{1,3}})?(?P<wk_y>{year})\b)? (?!\s{{1,3}}of\b) )
    | (?P<k_ytd> (?<![\w-]) (?:[Tt]he\s{{1,3}})? (?:[Yy]ear[\s-]to[\s-]date|YTD) \b (?!-\w) )  # year to date
    | (?P<k_sy> (?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Ff]rom\s)|(?<=\bof\s))
          (?: (?P<sy_c>{centuries}) [\s-]{{1,3}} (?P<sy_t>{tens}) (?:[\s-]{{1,3}}(?P<sy_u>{units}))?  # 1996
            | two \s{{1,3}} thousand (?:\s{{1,3}}and)? \s{{1,3}}                              # two thousand and fifteen
              (?: (?P<sy_t2>{tens}) (?:[\s-]{{1,3}}(?P<sy_u2>{units}))? | (?P<sy_u3>{units}) ) )
          \b (?![-\w]|\s{{1,3}}(?!was\b|has\b|is\b|as\b)[a-z]{{2,20}}s\b) )               # not a count
    | (?P<k_hol> (?P<hol>{holiday}) (?:\s{{1,3}}(?P<hol_y>{year}))? \b )              # Thanksgiving (Day)
    | (?P<k_tail> (?<![\w/.-])                                                        # long tail: 05-Aug-2016
          (?: \d{{1,4}} [-/.] (?i:{month_any}) [-/.] \d{{1,4}} | (?i:{month_any}) [-/.] \d{{1,2}} [-/.] \d{{4}} )
          (?![\w/-]|\.\d) )
    | (?P<k_mdd>                                                                       # June 10-12(, 2025)
          (?P<mdd_m>{month}) \s{{1,3}} (?P<mdd_d1>{day}) {ord_suffix}
          (?:\s?[-–]\s?|\s{{1,3}}(?:through|to|(?P<mdd_and>and))\s{{1,3}})               # April 24 and 25
          (?P<mdd_d2>{day}) {ord_suffix} \b {no_num_after}
          (?:\s?,?\s{{1,3}}(?P<mdd_y>{year}) (?![\d%]|[.,]\d))? )
    | (?P<k_ddm> {before} (?P<ddm_d1>{day}) {ord_suffix}                                 # 10-12 June(, 2025)
          (?:\s?[-–]\s?|\s{{1,3}}(?:to|through|(?P<ddm_and>and))\s{{1,3}}) (?P<ddm_d2>{day}) {ord_suffix}
          \s{{1,3}} (?:of\s{{1,3}})? (?P<ddm_m>{month}) \b (?!\s{{1,3}}\d{{1,2}}(?!\d))     # not "3-1 June 5"
          (?:\s?,?\s{{1,3}}(?:(?:of|in)\s{{1,3}})?(?P<ddm_y>{year}) (?![\d%]|[.,]\d))? )
    | (?P<k_mm>                                                                        # January-March(, 2025)
          (?P<mm1>{month}) \s?[-–/]\s? (?P<mm2>{month}) \b
          (?:,?\s{{1,3}}(?P<mm_y>{year}) (?![\d%]|[.,]\d))? )
    | (?P<k_md>                                                                        # (Tuesday,) July 9(, 2025)
          (?:(?P<md_wd>{weekday_any}),?\s{{1,3}})?
          (?P<md_m>{month}|{low_month_day})
          (?:\s{{1,3}}|/|,\s{{1,3}}(?=\d{{1,2}}(?:st|nd|rd|th)\b(?![-\w])))                   # "October, 1st"
          (?: (?P<md_d>{day}) {ord_suffix} \b {no_num_after} (?!-\d|/)
            | (?P<md_dw>{day_word}) \b (?![-\w]|\s{{1,3}}(?:quarter|half|time|round|term|place)\b) )  # June first
          (?:\s?,?\s{{1,3}}(?:(?:of|in)\s{{1,3}})?(?P<md_y>{year}) (?![\d%]|[.,]\d)
            | \s{{1,3}}(?:of\s{{1,3}})?(?P<md_r>this|next|last)\s{{1,3}}year\b(?!['’]s) )? )  # June 16 (of) last year
    | (?P<k_dm>                                                                        # (Tuesday) 9 July(, 2025)
          (?:(?P<dm_wd>{weekday_any}),?\s{{1,3}}(?:the\s{{1,3}})?)?
          (?: {before} (?P<dm_d>{day})
              (?: (?:st|nd|rd|th) \s{{1,3}} day \s{{1,3}} of \s{{1,3}}                        # the 15th day of June
                | {ord_suffix} \s{{1,3}} (?:of\s{{1,3}})? )
            | (?<![Aa]\s)(?P<dm_dw>{day_word}) \s{{1,3}} (?:day\s{{1,3}})? of \s{{1,3}} )  # the second (day) of
          (?P<dm_m>{month}|{low_month_year}) \b
          (?:\s?,?\s{{1,3}}(?:(?:of|in)\s{{1,3}})?(?P<dm_y>{year}) (?![\d%]|[.,]\d)
            | \s{{1,3}}(?:of\s{{1,3}})?(?P<dm_r>this|next|last)\s{{1,3}}year\b(?!['’]s) )? )  # 16 June (of) last year
    | (?P<k_my> (?P<my_m>{month}|{low_month_year}) (?:,?\s{{1,3}}(?:(?:of|in)\s{{1,3}})?|[/-])  # May 2025
                (?P<my_y>{year}) (?![\d%]|[.,]\d) )
    | (?P<k_mr> (?P<mr_m>{month_full}) \s{{1,3}} (?:of\s{{1,3}})?                # April (of) next year
                (?P<mr_r>this|next|last) \s{{1,3}} year \b )
    | (?P<k_q>                                                                         # quarters
          (?: (?P<q_ord>{ordinal}) [\s-]{{1,3}} quarter
            | (?P<q_mon>March|June|September|December) [\s-]{{1,3}} quarter
            | \b(?:Q|q(?=[1-4][\s/-]\d{{4}}))(?P<q_n>[1-4])\b
            | (?P<q_y0>{year}) [\s-]?[Qq](?P<q_n0>[1-4])\b
            | \b(?P<q_n1>[1-4])Q\s?(?P<q_y1>\d\d)\b )
          {year_tail.replace("@", "q")} )
    | (?P<k_h>                                                                         # halves
          (?: (?P<h_ord>[Ff]irst|[Ss]econd|1st|2nd) [\s-]{{1,3}} half
            | \bH(?P<h_n>[12])\b
            | (?P<h_y0>{year})[\s-]?H(?P<h_n0>[12])\b )
          {year_tail.replace("@", "h")} )
    | (?P<k_fy> (?<!\w) {fiscal} '?(?P<fy_y>{year}|\d\d) (?![\d%]) )                   # fiscal 2026, FY25
    | (?P<k_dec> (?<!\w) (?:(?P<dec_y>1\d\d0|20\d0)|'(?P<dec_s>\d0)) '?s\b )          # 1990s, '90s
    | (?P<k_yr> {before} (?P<yr1>{year}) \s?[-–/]\s? (?P<yr2>\d{{4}}|\d\d) (?![\d%]|[.,]\d|[-/]\w) )  # 2012-13
    | (?P<k_year> {before} (?P<year>{year}) (?!\w) {no_num_after} )                     # 2022
    | (?P<k_wkd> (?P<wkd_wd>{weekday_full}) \s{{1,3}} of \s{{1,3}} (?:the\s{{1,3}})?      # Tuesday of next week
          (?P<wkd_r>next|last|this|previous|coming) \s{{1,3}} week \b
        | (?P<wkd_r2>[Nn]ext|[Ll]ast|[Tt]his|[Pp]revious|[Cc]oming) \s{{1,3}} week           # next week (on) Tuesday
          \s{{1,3}} (?:on\s{{1,3}}|-\s{{0,3}})? (?P<wkd_wd2>{weekday_full}) \b (?!['’]s) )
    | (?P<k_wof> (?:[Tt]he\s{{1,3}})? (?P<wof_o>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[Ff]inal|1st|2nd|3rd|4th)
          \s{{1,3}} week \s{{1,3}} of \s{{1,3}} (?:the\s{{1,3}})?                           # the first week of June
          (?: (?P<wof_y>{year}) (?![\d%]|[.,]\d)
            | (?P<wof_m>{month_full}|{month_abbr}\.?) (?:,?\s{{1,3}}(?P<wof_my>{year}) (?![\d%]|[.,]\d))? (?![\w])
            | (?P<wof_r>this|next|last) \s{{1,3}} (?P<wof_u>month|year) \b ) )
    | {anaphora}
    | (?P<k_el> (?P<el>[Ee]arlier|[Ll]ater) \s{{1,3}} (?:(?P<el_r>this|that|last|next)|in\s{{1,3}}the)  # earlier
                \s{{1,3}} (?P<el_u>week|month|year) \b )                                 # this year, later in the year
    | (?P<k_rel> (?P<rel>{rel}) \s{{1,3}} (?:calendar\s{{1,3}}(?=year))?                   # last week, next May
          (?P<rel_u>weekend|week|month|year|quarter|decade|century|{weekday_full}|{month_full}|{season}) \b )
    | (?P<k_the> (?:[Tt]he\s{{1,3}})? (?P<the_u>weekend|year|month|week|decade|quarter|century) \b  # the year
                (?!\s{{1,3}}\d|-long\b) )
    | (?P<k_in> (?<=\b[Ii]n\s) (?P<in_n>{numword}|\d{{1,3}}) \s{{1,3}} (?P<in_u>{unit})s? \b (?![-\w]) )  # in two weeks
    | (?P<k_ago> (?P<ago_n>{numword}|\d{{1,3}}|[Ss]everal|[Aa]\s{{1,3}}few) [\s-]{{1,3}}     # two weeks ago
          (?P<ago_u>{unit})s? \s{{1,3}}
          (?P<ago_w>ago|earlier|(?:from|after|before)\s{{1,3}}today\b(?!['’]s)|from\s{{1,3}}now) \b )  # from today
    | (?P<k_cdur> (?<![\w.]) (?P<cd_n>\d{{1,3}}(?:\.\d{{1,2}})?) \s? (?P<cd_u>hrs?|h|mins?|secs?) \b (?![-’'\w])  # 3h
        | (?P<cd_nn>\d{{1,3}}|{numword}) [\s-]{{1,3}} nights? \b (?![-’'\w])              # two nights
        | [Aa]ll \s{{1,3}} (?P<cd_all>day|week|month|year) \b (?![-’'\w]) )                # all day
    | (?P<k_dur>                                                                       # 90-day, the past two months
          (?:(?P<dur_pre>(?:[Tt]he\s{{1,3}})?(?:[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]revious|[Ff]irst))\s{{1,3}})?
          (?P<dur_n>{numword}|\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?|[Ss]everal|[Aa]\s{{1,3}}few|few|[Mm]any|(?<![\d/])½)
          (?P<dur_half>\s{{1,3}}and\s{{1,3}}(?:a\s{{1,3}})?half|(?<=\d)\s1/2|(?<=\d)½)?   # 5 1/2 hours
          (?:[\s-]{{1,3}}|(?<=\d)(?=[a-z]{{3}}))                                              # 3.5years
          (?:more\s{{1,3}}|full\s{{1,3}}|straight\s{{1,3}}|consecutive\s{{1,3}}|calendar\s{{1,3}}|business\s{{1,3}}
             |trading\s{{1,3}}|working\s{{1,3}})?
          (?P<dur_u>{unit}) (?P<dur_pl>s)? \b (?P<dur_old>-old|\s{{1,3}}old\b)? (?P<dur_long>-long\b)?
          (?P<dur_half2>\s{{1,3}}and\s{{1,3}}(?:a\s{{1,3}})?half\b)? )
    | (?P<k_past> (?:[Tt]he\s{{1,3}})? (?:[Pp]ast|[Cc]oming) \s{{1,3}}                      # the past quarter
          (?P<past_u>week|month|year|decade|century|(?<=[Pp]ast\s)quarter) \b )
    | (?P<k_durx> (?P<durx_u>days|weeks|months|years|decades) (?:-long)? \b            # for years
        | (?<![\w-]) (?P<durx_one>hour|day|week|month|year|decade) -long \b (?!-) )     # a day-long meeting
    | (?P<k_day> (?<!\bUSA\s) (?P<day>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight) \b     # not "USA Today"
          (?!\s{{1,3}}(?:[Ss]how|[Pp]rogramme)\b)                                          # not "the Today show"
          (?:\s{{1,3}}(?P<day_pod>{part_of_day})\b)? )                                    # yesterday morning
    | (?P<k_season> (?P<season>{season}) (?:\s{{1,3}}(?:of\s{{1,3}})?(?P<s_y>{year})(?![\d%]))? \b )
    | (?P<k_twd> (?<![\w:.$]) (?P<tw_h>1[0-2]|0?[1-9]) (?::(?P<tw_m>[0-5]\d))? \s?         # 9 a.m. (EST) Tuesday
          (?P<tw_ap>[ap])\.?m\b\.? \s{{1,3}} (?:[A-Z]{{2,4}}\s{{1,3}})?
          (?:\(\d{{1,2}}:?\d\d\s?[A-Z]{{2,4}}\)\s{{1,3}})?              # 10:35 a.m. (0735 GMT) Friday
          (?:on\s{{1,3}})? (?P<tw_wd>{weekday_full}) \b
        | (?P<tw_wd2>{weekday_full}) \s{{1,3}} at \s{{1,3}} (?P<tw_h2>1[0-2]|0?[1-9])         # Tuesday at 9 a.m.
          (?::(?P<tw_m2>[0-5]\d))? \s? (?P<tw_ap2>[ap])\.?m\b\.? )
    | (?P<k_wdo> (?P<wdo_wd>{weekday_full}|{weekday_abbr}) \.?,? \s{{1,3}}                     # Mon 13th
          (?: (?:the\s{{1,3}})? (?P<wdo_d>{day}) (?:st|nd|rd|th) | the\s{{1,3}} (?P<wdo_dw>{day_word}) )
          \b (?![\w-]|\s{{1,3}}(?:of\s{{1,3}})?(?:the\s{{1,3}})?[A-Za-z]) )
    | (?P<k_nth> [Tt]he \s{{1,3}} (?P<nth_d>{day}) (?:st|nd|rd|th) \b                    # (on) the 18th
          (?![\w-]|\s{{1,3}}(?:of\s{{1,3}})?(?:the\s{{1,3}})?[A-Za-z]) )
    | (?P<k_wd> (?<!\b[Oo]n\sa\s) (?P<wd>{weekday_full}) \b                                # not "on a Saturday"
          (?:\s{{1,3}}(?P<wd_pod>{part_of_day})\b)? )                                        # Friday (night)
    | (?P<k_mon> (?P<mon>{month_full}) \b )
    | (?P<k_set> (?<![Tt]he\s) (?P<set_w>{set_words}) \b (?![-’'\w]|\s{{1,3}}[A-Z])  # daily
        | (?:[Ee]very|[Ee]ach) \s{{1,3}} (?:(?P<set_n>{numword}|other|\d{{1,2}}) \s{{1,3}})?     # every two weeks
          (?P<set_u>day|week|month|quarter|year|decade)s? \b (?![-’'\w]) )
    | (?P<k_ref> (?<!\b[Uu]ntil\s)(?<!\b[Tt]ill\s)(?<!\b[Ff]rom\s)(?<!\b[Ss]ince\s)           # now, the future
          (?P<ref> now | currently | (?:[Tt]he\s{{1,3}})? future | [Tt]he\s{{1,3}} past ) \b (?![-’'\w]) )
    """
    # A fast gate: a match starts with a digit, "½", an apostrophe, a capital or one of these
    # lower-case words; every other word start fails here without trying the alternatives.
    starters = (
        list(base_number_words())
        + list(ordinal_words())
        + list(season_codes())
        + [w.lower() for w in full_names + _words(lex["month_abbrevs"])]
        + [h.split()[0] for h in low_holidays]
        + [w.lower() for w in _full_weekdays()]
        + [
            "the",
            "that",
            "several",
            "few",
            "many",
            "last",
            "next",
            "this",
            "previous",
            "current",
            "coming",
            "past",
            "earlier",
            "later",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "fiscal",
            "financial",
            "days",
            "day",
            "hour",
            "weeks",
            "months",
            "years",
            "decades",
            "q",
            "year",
            "month",
            "week",
            "decade",
            "quarter",
            "century",
            "weekend",
            "now",
            "currently",
            "future",
            "every",
            "each",
            "first",
            "second",
            "third",
            "fourth",
            "final",
            "all",
            *_words(lex["sets"]),
        ]
    )
    gate = rf"(?=[\d'A-Z½]|{_by_first_letter({w.split()[0].split('-')[0] for w in starters})})"
    return re.compile(r"(?<![\w'’])" + gate + r"(?:" + source + r")", re.VERBOSE)


SCANNER = _build_scanner()
"""The one scanner; alternatives are tried in order, so longer forms come first."""
