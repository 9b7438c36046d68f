import pytest

from rule_kit import person, quote, run, title

# CT501: (text, name, [(title surface, normalized, qualifier)])
CT501_FLAGGED = [
    (
        "President Ana Ruiz opened the summit. Former President Ana Ruiz spoke later.",
        "Ana Ruiz",
        [("President", "president", None), ("Former President", "president", "former")],
    ),
    (
        "Finance Minister Karl Berg spoke. Berg, the former finance minister, then left.",
        "Karl Berg",
        [("Finance Minister", "finance minister", None), ("former finance minister", "finance minister", "former")],
    ),
    (
        "Treasury Secretary Lena Park met bankers. Deputy Treasury Secretary Lena Park said talks went well.",
        "Lena Park",
        [
            ("Treasury Secretary", "treasury secretary", None),
            ("Deputy Treasury Secretary", "treasury secretary", "deputy"),
        ],
    ),
    (
        "Prime Minister Tom Hale arrived. Foreign Minister Tom Hale then spoke.",
        "Tom Hale",
        [("Prime Minister", "prime minister", None), ("Foreign Minister", "foreign minister", None)],
    ),
    (
        "Acting Governor Ian Moss signed it. Former Governor Ian Moss praised it.",
        "Ian Moss",
        [("Acting Governor", "governor", "acting"), ("Former Governor", "governor", "former")],
    ),
    (
        "Bank governor Chen Wei spoke. The former governor, Chen Wei, left.",
        "Chen Wei",
        [("Bank governor", "bank governor", None), ("former governor", "governor", "former")],
    ),
    (
        "Vice President Ana Ruiz arrived. President Ana Ruiz then spoke.",
        "Ana Ruiz",
        [("Vice President", "vice president", None), ("President", "president", None)],
    ),
]
CT501_CLEAN = [
    (
        "President Ana Ruiz opened the summit. President Ana Ruiz spoke later.",
        "Ana Ruiz",
        [("President", "president", None), ("President", "president", None)],
    ),
    (
        "Finance Minister Karl Berg spoke. Berg, the minister of finance, then left.",
        "Karl Berg",
        [("Finance Minister", "finance minister", None), ("minister of finance", "finance minister", None)],
    ),
    (
        "Treasury Secretary Lena Park met bankers. Treasury Secretary Lena Park said talks went well.",
        "Lena Park",
        [("Treasury Secretary", "treasury secretary", None), ("Treasury Secretary", "treasury secretary", None)],
    ),
    (
        "Prime Minister Tom Hale arrived. Former Foreign Minister Tom Hale then spoke.",
        "Tom Hale",
        [("Prime Minister", "prime minister", None), ("Former Foreign Minister", "foreign minister", "former")],
    ),
    (
        "Chairman Ian Moss signed it. Chief Executive Ian Moss praised it.",
        "Ian Moss",
        [("Chairman", "chairman", None), ("Chief Executive", "chief executive", None)],
    ),
    (
        "US President Ana Ruiz opened the summit. President Ana Ruiz spoke later.",
        "Ana Ruiz",
        [("US President", "us president", None), ("President", "president", None)],
    ),
    (
        "Bank governor Chen Wei spoke. The governor, Chen Wei, left.",
        "Chen Wei",
        [("Bank governor", "bank governor", None), ("governor", "governor", None)],
    ),
]


def _ct501(text, name, titles):
    seen: dict[str, int] = {}
    built = []
    for surface, normalized, qualifier in titles:
        nth = seen.get(surface, 0)
        made = title(text, surface, normalized, qualifier, nth=nth)
        while any(t.start < made.end and made.start < t.end for t in built):  # "President" in "Vice President"
            nth += 1
            made = title(text, surface, normalized, qualifier, nth=nth)
        seen[surface] = nth + 1
        built.append(made)
    return run("CT501", text, [], people=(person(text, name, titles=tuple(built)),))


@pytest.mark.parametrize("case", CT501_FLAGGED, ids=lambda c: c[1])
def test_ct501_flags_the_later_title(case):
    text, _, titles = case
    flags = _ct501(*case)
    assert [f.code for f in flags] == ["CT501"]
    assert text[flags[0].start : flags[0].end] == titles[1][0]
    assert text[flags[0].related[0].start : flags[0].related[0].end] == titles[0][0]


@pytest.mark.parametrize("case", CT501_CLEAN, ids=lambda c: c[0][:30])
def test_ct501_passes(case):
    assert _ct501(*case) == []


CT502_FLAGGED = [
    '"We will not back down." The strike entered its third day.',
    'The board met on Friday. "This is the end of an era," the statement read in full.',
    '"Prices will keep rising," it warned, without naming anyone.',
    'Crowds gathered outside. "Let us in!" The gates stayed shut.',
    '"The numbers speak for themselves." Shares fell sharply.',
]
CONTENTS = [
    "We will not back down.",
    "This is the end of an era,",
    "Prices will keep rising,",
    "Let us in!",
    "The numbers speak for themselves.",
]


@pytest.mark.parametrize(("text", "content"), list(zip(CT502_FLAGGED, CONTENTS, strict=True)))
def test_ct502_flags_a_quote_without_speaker(text, content):
    flags = run("CT502", text, [quote(text, content)])
    assert [(f.code, f.severity) for f in flags] == [("CT502", "info")]
    assert text[flags[0].start : flags[0].end] == content


@pytest.mark.parametrize(("text", "content"), list(zip(CT502_FLAGGED, CONTENTS, strict=True)))
def test_ct502_passes_attributed_or_indirect(text, content):
    assert run("CT502", text, [quote(text, content, speaker="Mira Chen", speaker_kind="person")]) == []
    assert run("CT502", text, [quote(text, content, speaker_kind="anonymous")]) == []
    assert run("CT502", text, [quote(text, content, direct=False)]) == []
    cued = quote(text, content).model_copy(update={"cue": "said"})
    assert run("CT502", text, [cued]) == []


def test_ct502_quote_continuing_an_attributed_one_passes():
    text = '"We are ready," Mayor Lee said.\n\n"The city will not wait any longer."'
    first = quote(text, "We are ready,", speaker="Mayor Lee", speaker_kind="person")
    second = quote(text, "The city will not wait any longer.")
    assert run("CT502", text, [first, second]) == []
    far = text.replace("\n\n", "\n\n" + "Other news followed. " * 40 + "\n\n")
    first = quote(far, "We are ready,", speaker="Mayor Lee", speaker_kind="person")
    second = quote(far, "The city will not wait any longer.")
    assert [f.code for f in run("CT502", far, [first, second])] == ["CT502"]


# CT503: (text, canonical name, variant)
CT503_FLAGGED = [
    ("Jamila Osei spoke first. Jamila Osei took questions. Jamilla Osei then left.", "Jamila Osei", "Jamilla Osei"),
    ("Piotr Nowak won. Piotr Nowack thanked his team.", "Piotr Nowak", "Piotr Nowack"),
    (
        "Sarah Whitfield led the bid. Sara Whitfield said it was fair. Sarah Whitfield left.",
        "Sarah Whitfield",
        "Sara Whitfield",
    ),
    ("Kwame Mensah chairs the panel. Kwame Mensa opened the hearing.", "Kwame Mensah", "Kwame Mensa"),
    ("Lucia Ferreira signed. Lucia Fereira later resigned.", "Lucia Ferreira", "Lucia Fereira"),
]
CT503_CLEAN = [
    ("Jamila Osei spoke first. Jamila Osei took questions. Osei then left.", "Jamila Osei", "Osei"),
    ("Piotr Nowak won. Maria Nowak thanked his team.", "Piotr Nowak", "Maria Nowak"),
    ("Sarah Whitfield led the bid. S. Whitfield said it was fair.", "Sarah Whitfield", "S. Whitfield"),
    ("Kwame Mensah chairs the panel. KWAME MENSAH opened the hearing.", "Kwame Mensah", "KWAME MENSAH"),
    ("Lucia Ferreira signed. Lucia Ferreira later resigned.", "Lucia Ferreira", "Lucia Ferreira"),
]


def _ct503(text, name, variant):
    someone = person(text, name, mentions=[name, variant], variants=(variant,))
    return run("CT503", text, [], people=(someone,))


@pytest.mark.parametrize("case", CT503_FLAGGED, ids=lambda c: c[1])
def test_ct503_flags_the_rarer_spelling(case):
    text, name, variant = case
    flags = _ct503(*case)
    assert [f.code for f in flags] == ["CT503"]
    assert text[flags[0].start : flags[0].end] == variant
    if text.count(name) > text.count(variant):
        assert flags[0].suggestion == name


@pytest.mark.parametrize("case", CT503_CLEAN, ids=lambda c: c[2])
def test_ct503_passes(case):
    assert _ct503(*case) == []


# CT504: (text, name, mentions, ages, the later age as written)
CT504_FLAGGED = [
    (
        "Omar Haddad, 54, founded the firm. Haddad, 56, now chairs it.",
        "Omar Haddad",
        ["Omar Haddad", "Haddad"],
        (54, 56),
        "56",
    ),
    ("Grace Lin, 31, won gold. Lin, aged 33, retired in May.", "Grace Lin", ["Grace Lin", "Lin"], (31, 33), "33"),
    ("The actor Ben Cole (62) arrived late. Cole, 65, left early.", "Ben Cole", ["Ben Cole", "Cole"], (62, 65), "65"),
    (
        "Nadia Farouk, 47, leads the union. At the rally, Nadia Farouk, 44, spoke.",
        "Nadia Farouk",
        ["Nadia Farouk"],
        (47, 44),
        "44",
    ),
    (
        "Tom Reyes, 70, was hurt. Doctors said Reyes, 71, was stable.",
        "Tom Reyes",
        ["Tom Reyes", "Reyes"],
        (70, 71),
        "71",
    ),
]


def _ct504(text, name, mentions, ages):
    return run("CT504", text, [], people=(person(text, name, mentions=mentions, ages=ages),))


@pytest.mark.parametrize("case", CT504_FLAGGED, ids=lambda c: c[1])
def test_ct504_flags_the_later_age(case):
    text, name, mentions, ages, later = case
    flags = _ct504(text, name, mentions, ages)
    assert [f.code for f in flags] == ["CT504"]
    assert text[flags[0].start : flags[0].end] == later


@pytest.mark.parametrize("case", CT504_FLAGGED, ids=lambda c: c[1])
def test_ct504_passes_one_age(case):
    text, name, mentions, ages, later = case
    first = str(ages[0])
    same = text.replace(f" {later},", f" {first},").replace(f"({later})", f"({first})")
    assert _ct504(same, name, mentions, (ages[0], ages[0])) == []


def test_ct503_mentions_may_carry_a_title():
    text = "Trade chief Jamila Osei spoke first. Jamilla Osei then left."
    from claimtrack.model import Person, Span

    someone = Person(
        name="Jamila Osei",
        kind="person",
        mentions=(Span(field="text", start=0, end=23), Span(field="text", start=37, end=49)),
        variants=("Jamilla Osei",),
    )
    flags = run("CT503", text, [], people=(someone,))
    assert [text[f.start : f.end] for f in flags] == ["Jamilla Osei"]


# CT501 when extraction left "former" written before a title unread (qualifier None):
# (text, name, [(title surface, normalized)], nth of the second title, flagged).
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Senator Rosa Dunn voted no. Former Senator Rosa Dunn later said she regretted it.", True),
        ("Senator Rosa Dunn voted no. Senator Rosa Dunn later said she regretted it.", False),
        ("Mayor Olu Bada cut the ribbon. The ex-Mayor Olu Bada then left.", True),
        ("Mayor Olu Bada cut the ribbon. The Mayor Olu Bada then left.", False),
        ("Governor Pia Lund spoke. Sweden's formerly quiet Governor Pia Lund then left.", False),
    ],
)
def test_ct501_reads_former_written_before_an_unqualified_title(text, flagged):
    office = "Senator" if "Senator" in text else "Mayor" if "Mayor" in text else "Governor"
    name = text.split(".")[0].split(office, 1)[1].split()[0:2]
    built = (title(text, office, office.lower()), title(text, office, office.lower(), nth=1))
    people = (person(text, " ".join(name), titles=built),)
    flags = run("CT501", text, [], people=people)
    assert [f.code for f in flags] == (["CT501"] if flagged else [])


@pytest.mark.parametrize(
    "text",
    [
        "Many are wary. Former Soviet leader Mikhail Gorbachev says the push east is a mistake.",
        "Former Chancellor Greta Lind spoke at the dinner.",
        "Then former Governor Ray Abbot arrived.",
    ],
)
def test_ct501_two_readings_of_one_title_are_no_conflict(text):
    import claimtrack

    assert claimtrack.check(text, config={"select": ["CT501"]}).flags == ()


def test_ct501_still_sees_former_against_serving_in_two_places():
    import claimtrack

    text = "Soviet leader Mikhail Gorbachev spoke. Former Soviet leader Mikhail Gorbachev later wrote a book."
    assert [f.code for f in claimtrack.check(text, config={"select": ["CT501"]}).flags] == ["CT501"]


def test_ct503_a_quoted_title_is_no_person():
    import claimtrack

    text = "The site said ``The Harbour Files'' was taken down. Critics said ``The Harbor Files'' must stay down."
    assert claimtrack.check(text, config={"select": ["CT503"]}).flags == ()
