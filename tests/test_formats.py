"""Issue 17: XLIFF, PO, TMX, DOCX and SRT/WebVTT files, read from real projects' files
(tests/data/formats/README.md), written back with findings, and accepted by every command."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import polib
import pytest
from lxml import etree

from evalkit.errors import ConfigError, InputError
from evalkit.formats import detect, document_text, read_translation_file, segments, write_back
from outcomes import one_line_error

FORMATS = Path(__file__).resolve().parent / "data" / "formats"
XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"


# ---- reading -------------------------------------------------------------------------------

def test_detect_by_extension_and_by_content(tmp_path):
    assert [detect(FORMATS / name) for name in ("angular.de.xlf", "angular.en.xlf2", "django.zh_Hans.po",
            "django-memory.tmx", "natsec-draft.en.docx", "webvtt-sample.srt", "webvtt-sample.vtt")] == [
        "xliff", "xliff", "po", "tmx", "docx", "srt", "vtt"]
    for name, expected in (("angular.en.xlf2", "xliff"), ("django.zh_Hans.po", "po"), ("django-memory.tmx", "tmx"),
                           ("natsec-draft.en.docx", "docx"), ("webvtt-sample.srt", "srt"),
                           ("webvtt-sample.vtt", "vtt")):
        renamed = shutil.copy(FORMATS / name, tmp_path / f"{name}.data")
        assert detect(renamed) == expected, name
    assert detect(FORMATS.parent / "check" / "natsec-draft.en.md") is None


def test_xliff_12_units_inline_tags_states():
    document = read_translation_file(FORMATS / "angular.de.xlf")
    assert document.format == "xliff-1.2" and (document.source_lang, document.target_lang) == ("en", "de")
    unit = next(u for u in document.units if u.id == "92c7024852ec03b5fd29a5e7ecd58ba8b39f5cb3")
    assert unit.source == 'Translate <x id="START_BOLD_TEXT"/>from<x id="CLOSE_BOLD_TEXT"/>'
    assert unit.target == 'Übersetzen Sie <x id="START_BOLD_TEXT"/>von<x id="CLOSE_BOLD_TEXT"/>'
    assert unit.state == "final"
    # the first trans-unit has an empty source: nothing to translate, not a unit
    assert len(document.units) == len(etree.parse(str(FORMATS / "angular.de.xlf")).findall(f".//{{{XLIFF12}}}trans-unit")) - 1


def test_xliff_20_segments_ph_pc_and_notes():
    document = read_translation_file(FORMATS / "angular.en.xlf2")
    assert document.format == "xliff-2.0" and (document.source_lang, document.target_lang) == ("de", "en")
    placeholder = next(u for u in document.units if u.id == "9030312858648510700")
    assert placeholder.source == 'Eintrag <ph id="0"/> von <ph id="1"/> hinzugefügt.'
    paired = next(u for u in document.units if u.id == "8998006760999956868")
    assert paired.target == 'This text contains <pc id="0">embedded html</pc>'
    assert paired.notes == ("embedded html sample",)


def test_xliff_several_files_and_segments(tmp_path):
    path = tmp_path / "two.xlf"
    path.write_text(f'''<?xml version="1.0"?><xliff version="2.1" xmlns="{XLIFF20}" srcLang="en" trgLang="zh-TW">
<file id="a"><unit id="1"><segment id="s1"><source>One.</source><target>一。</target></segment>
<segment id="s2"><source>Two.</source></segment></unit></file>
<file id="b"><unit id="1"><segment><source>Three.</source><target state="final">三。</target></segment></unit></file>
</xliff>''', encoding="utf-8")
    document = read_translation_file(path)
    assert [(u.id, u.target) for u in document.units] == [("a/1/s1", "一。"), ("a/1/s2", None), ("b/1", "三。")]
    assert document.untranslated_note() and "1 of 3 units have no target" in document.untranslated_note()


def test_po_plurals_fuzzy_context_and_obsolete(tmp_path):
    document = read_translation_file(FORMATS / "superset.zh_TW.po")
    assert document.format == "po" and document.target_lang == "zh_TW"
    plural = next(u for u in document.units if u.id == "%s option[0]")
    assert (plural.source, plural.target) == ("%s options", "%s 個選項")  # nplurals=1: form 0 is msgid_plural's
    assert sum(u.state == "fuzzy" for u in document.units) >= 30
    path = tmp_path / "ctx.po"
    path.write_text('msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
                    'msgctxt "menu"\nmsgid "Open"\nmsgstr "開啟"\n\n'
                    'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d 個檔案"\nmsgstr[1] "%d 個檔案"\n\n'
                    '#~ msgid "Old"\n#~ msgstr "舊"\n', encoding="utf-8")
    units = read_translation_file(path).units
    assert [(u.id, u.source) for u in units] == [("menu\u2404Open", "Open"), ("%d file[0]", "%d file"),
                                                ("%d file[1]", "%d files")]


def test_tmx_variants_picked_by_tag_or_script():
    traditional = read_translation_file(FORMATS / "django-memory.tmx", target="zh-TW")
    simplified = read_translation_file(FORMATS / "django-memory.tmx", target="zh", script="hans")
    assert traditional.target_lang == "zh-TW" and simplified.target_lang == "zh-CN"
    assert traditional.units[0].source == simplified.units[0].source == "Foreign Key (type determined by related field)"
    assert traditional.units[0].target == "外鍵（類型由相關欄位決定）" and simplified.units[0].target == "外键(由相关字段确定)"
    with pytest.raises(ConfigError, match="several zh variants"):
        read_translation_file(FORMATS / "django-memory.tmx", target="zh")


def test_docx_blocks_in_reading_order():
    text = document_text(FORMATS / "python-docx-paras-and-tables.docx", "docx")
    assert text.strip(), text
    draft = document_text(FORMATS / "natsec-draft.en.docx", "docx").splitlines()
    assert draft[0] == "# Advancing the Modernization of the National Security System and Capacity"
    assert "By Wang Xiaohong" in draft


def test_docx_table_cells_and_footnotes(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Merged header"
    table.cell(1, 0).text, table.cell(1, 1).text = "左", "右"
    document.add_paragraph("Item", style="List Bullet")
    path = tmp_path / "t.docx"
    document.save(path)
    assert document_text(path, "docx").splitlines() == ["Before the table.", "Merged header", "左", "右", "- Item"]


def test_subtitle_pair_same_cues():
    srt_ids, srt_texts = segments(FORMATS / "webvtt-sample.srt", "srt")
    vtt_ids, vtt_texts = segments(FORMATS / "webvtt-sample.vtt", "vtt")
    assert srt_texts == vtt_texts[: len(srt_texts)] and srt_texts[0] == "Caption text #1"
    assert srt_ids[:3] == ["1", "2", "3"] and vtt_ids[:3] == ["1", "2", "3"]


# ---- bad files: one line naming the file, the line and what is wrong -------------------------

@pytest.mark.parametrize(("name", "content", "fragments"), [
    ("bad.xlf", '<?xml version="1.0"?>\n<xliff version="1.2">\n<file>\n</xliff>\n', [":4:", "malformed XML"]),
    ("v3.xlf", '<xliff version="3.0" xmlns="urn:x"><file/></xliff>', [":1:", "unknown XLIFF version '3.0'"]),
    ("bad.po", 'msgid "a"\nmsgstr "b"\n\nmsgid "c\nmsgstr "d"\n', [":4:", "PO syntax error"]),
    ("bad.docx", "not a zip", [":1:", "not a DOCX file"]),
    ("bad.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:03,000 -> 00:00:04,000\nBad arrow\n",
     [":5:", "not SRT"]),
    ("bad.tmx", '<tmx version="1.4"><header srclang="en"/><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>',
     [":1:", "without xml:lang"]),
])
def test_bad_files_are_one_line(tmp_path, name, content, fragments):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        if detect(path) in ("docx", "srt", "vtt"):
            document_text(path, detect(path))
        else:
            read_translation_file(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    for fragment in fragments:
        assert fragment in message, message


def test_bad_file_on_the_command_line(tmp_path, cli):
    path = tmp_path / "bad.xlf"
    path.write_text('<xliff version="1.2"><file>', encoding="utf-8")
    result = cli("check", path)
    one_line_error(result.code, result.err, f"{path}:1:", "malformed XML")


# ---- write-back and round trips -------------------------------------------------------------

@pytest.mark.parametrize("name", ["angular.de.xlf", "angular.en.xlf2", "symfony-validators.zh_TW.xlf",
                                  "django.zh_Hans.po", "superset.zh_TW.po"])
def test_round_trip_without_findings_is_byte_identical(tmp_path, name):
    document = read_translation_file(FORMATS / name)
    out = tmp_path / name
    assert write_back(document, {}, out) == 0
    assert out.read_bytes() == (FORMATS / name).read_bytes()


def _findings(document, every: int = 3):
    return {unit.id: [("placeholders", "high", f"missing %s in <{unit.id}> & more"), ("weak", "low", "weak match")]
            for k, unit in enumerate(document.translated) if k % every == 0}


@pytest.mark.parametrize("name", ["angular.de.xlf", "symfony-validators.zh_TW.xlf"])
def test_xliff_12_write_back_preserves_every_unit_and_attribute(tmp_path, name):
    document = read_translation_file(FORMATS / name)
    findings = _findings(document)
    out = tmp_path / name
    assert write_back(document, findings, out) == 2 * len(findings)
    before, after = etree.parse(str(FORMATS / name)), etree.parse(str(out))
    units_before = before.findall(f".//{{{XLIFF12}}}trans-unit")
    units_after = after.findall(f".//{{{XLIFF12}}}trans-unit")
    assert len(units_before) == len(units_after)
    for old, new in zip(units_before, units_after):
        assert dict(old.attrib) == dict(new.attrib)
        ours = [n for n in new if etree.QName(n).localname == "note" and n.get("from") == "evalkit"]
        theirs = [n for n in new if not (etree.QName(n).localname == "note" and n.get("from") == "evalkit")]
        assert [etree.tostring(n, with_tail=False) for n in theirs] == [etree.tostring(n, with_tail=False) for n in old]
        expected = findings.get(old.get("id"), [])
        assert [n.text for n in ours] == [f"{kind}: {message}" for kind, _, message in expected]
        assert [n.get("priority") for n in ours] == [{"high": "1", "low": "9"}[s] for _, s, _ in expected]
    reread = read_translation_file(out)  # and by evalkit's own reader
    assert [(u.id, u.source, u.target, u.state) for u in reread.units] == \
        [(u.id, u.source, u.target, u.state) for u in document.units]


def test_xliff_20_write_back_into_existing_and_new_notes(tmp_path):
    document = read_translation_file(FORMATS / "angular.en.xlf2")
    findings = _findings(document, every=2)
    out = tmp_path / "out.xlf2"
    write_back(document, findings, out)
    after = etree.parse(str(out))
    units = after.findall(f".//{{{XLIFF20}}}unit")
    assert len(units) == len(etree.parse(str(FORMATS / "angular.en.xlf2")).findall(f".//{{{XLIFF20}}}unit"))
    for unit in units:
        notes = unit.find(f"{{{XLIFF20}}}notes")
        ours = [] if notes is None else [n for n in notes if (n.get("category") or "").startswith("evalkit:")]
        expected = findings.get(unit.get("id"), [])
        assert [(n.get("category"), n.text) for n in ours] == [(f"evalkit:{k}", m) for k, _, m in expected]
        if ours:  # <notes> comes before the segments, as XLIFF 2.0 requires
            assert [etree.QName(c).localname for c in unit][0] == "notes"
    schema_order = [[etree.QName(c).localname for c in unit] for unit in units]
    assert all(order.count("notes") <= 1 for order in schema_order)


def test_po_write_back_comments_and_fuzzy_read_back_by_polib(tmp_path):
    document = read_translation_file(FORMATS / "django.zh_Hans.po")
    findings = _findings(document, every=10)
    out = tmp_path / "out.po"
    write_back(document, findings, out, fuzzy=True)
    before, after = polib.pofile(str(FORMATS / "django.zh_Hans.po")), polib.pofile(str(out))
    assert len(before) == len(after) and before.metadata == after.metadata
    plural = {u.id for u in document.units if u.source != u.id}  # "MSGID[N]"
    flagged = {unit_id.rsplit("[", 1)[0] if unit_id in plural else unit_id for unit_id in findings}
    for old, new in zip(before, after):
        assert (old.msgctxt, old.msgid, old.msgid_plural, old.msgstr, old.msgstr_plural, old.occurrences) == \
            (new.msgctxt, new.msgid, new.msgid_plural, new.msgstr, new.msgstr_plural, new.occurrences)
        if (f"{old.msgctxt}\u2404{old.msgid}" if old.msgctxt is not None else old.msgid) in flagged:
            assert "fuzzy" in new.flags and "evalkit: placeholders (high): missing %s" in new.tcomment
            assert set(new.flags) - {"fuzzy"} == set(old.flags)
        else:
            assert new.flags == old.flags and new.tcomment == old.tcomment
    without_fuzzy = tmp_path / "plain.po"
    write_back(document, findings, without_fuzzy)
    assert all(a.flags == b.flags for a, b in zip(before, polib.pofile(str(without_fuzzy))))


def test_write_back_never_replaces_an_input(tmp_path):
    copy = Path(shutil.copy(FORMATS / "django.zh_Hans.po", tmp_path / "draft.po"))
    document = read_translation_file(copy)
    with pytest.raises(ConfigError, match="would overwrite the input"):
        write_back(document, {}, copy)
    with pytest.raises(ConfigError, match="is a directory"):
        write_back(document, {}, tmp_path)
    with pytest.raises(ConfigError, match="not XLIFF or PO"):
        write_back(read_translation_file(FORMATS / "django-memory.tmx", target="zh-TW"), {}, tmp_path / "x.tmx")


# ---- the commands ----------------------------------------------------------------------------

def test_check_xliff_writes_back_findings(tmp_path, cli):
    draft = tmp_path / "validators.zh_TW.xlf"
    shutil.copy(FORMATS / "symfony-validators.zh_TW.xlf", draft)
    original = draft.read_bytes()
    out = tmp_path / "reviewed.xlf"
    result = cli("check", draft, "--write-back", out, "--out", tmp_path / "report")
    assert result.code == 0, result.err
    assert "placeholders" in result.out and "{{ min_width }} changed to {{ max_width }}" in result.out
    assert draft.read_bytes() == original
    notes = etree.parse(str(out)).findall(f".//{{{XLIFF12}}}note")
    assert any("placeholders: placeholders differ from the source: {{ min_width }} changed to {{ max_width }}"
               == n.text for n in notes)
    rows = [json.loads(line) for line in (tmp_path / "report" / "findings.jsonl").read_text().splitlines()]
    assert {"44", "46"} <= {i for row in rows if row["kind"] == "placeholders" for i in row["ids"]}


def test_placeholders_do_not_make_a_translated_unit_look_untranslated(tmp_path):
    from evalkit.check import check

    path = tmp_path / "messages.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n\n' + "".join(
        f'msgid "{en}"\nmsgstr "{zh}"\n\n' for en, zh in (
            ("%(model_name)s with this %(field_label)s already exists.", "具有 %(field_label)s 的 %(model_name)s 已存在。"),
            ("Invalid page (%(page_number)s): %(message)s", "非法页面 (%(page_number)s): %(message)s"),
            ("Delete %s files", "删除文件"))), encoding="utf-8")
    result = check(path)
    assert result.counts()["untranslated"] == 0
    assert [f.ids for f in result.of_kind("placeholders")] == [("Delete %s files",)]


def test_check_refuses_write_back_onto_its_input_before_any_work(tmp_path, cli):
    draft = Path(shutil.copy(FORMATS / "django.zh_Hans.po", tmp_path / "d.po"))
    result = cli("check", draft, "--write-back", draft)
    one_line_error(result.code, result.err, "would overwrite the input")
    result = cli("check", FORMATS.parent / "check" / "natsec-draft.en.md", "--ref", "references/natsec-en-zh",
                 "--write-back", tmp_path / "x.md")
    one_line_error(result.code, result.err, "not XLIFF or PO")
    result = cli("check", draft, "--mark-fuzzy")
    one_line_error(result.code, result.err, "--write-back")


def test_check_docx_draft_of_the_seed_finds_the_planted_problems(cli, reference_set_dir, data_dir):
    result = cli("check", FORMATS / "natsec-draft.en.docx", "--ref", reference_set_dir, "--lang", "zh-en",
                 "--glossary", data_dir / "check" / "glossary.zh-en.tsv")
    assert result.code == 0, result.err
    for kind, segment in (("omission", "p12s10"), ("untranslated", "p17s01"), ("numbers", "p12s07"),
                          ("terminology", "p09s00")):
        assert any(kind in line and segment in line for line in result.out.splitlines()), (kind, result.out)
    assert "addition (1)" in result.out


def test_score_xliff_candidate_against_tmx_by_source_text(tmp_path, cli):
    # an XLIFF of the memory's zh-TW side, with ids of its own: matched by source text
    from evalkit.formats.tmx import read_tmx

    memory = read_tmx(FORMATS / "django-memory.tmx", target="zh-TW")
    units = "".join(f'<trans-unit id="u{k}"><source>{_x(u.source)}</source><target>{_x(u.target or "")}</target>'
                    f"</trans-unit>" for k, u in enumerate(memory.units[:40]))
    units += '<trans-unit id="empty"><source>Not translated yet</source></trans-unit>'
    candidate = tmp_path / "candidate.xlf"
    candidate.write_text(f'<xliff version="1.2" xmlns="{XLIFF12}"><file source-language="en" target-language="zh-TW" '
                         f'datatype="plaintext" original="x"><body>{units}</body></file></xliff>', encoding="utf-8")
    small = tmp_path / "memory.tmx"
    tree = etree.parse(str(FORMATS / "django-memory.tmx"))
    body = tree.getroot().find("body")
    for tu in list(body)[40:]:
        body.remove(tu)
    tree.write(str(small), encoding="UTF-8", xml_declaration=True)
    result = cli("score", "--ref", small, "--lang", "en-zh", "--metrics", "bleu,chrf", candidate,
                 "--out", tmp_path / "report")
    assert result.code == 0, result.err
    summary = json.loads((tmp_path / "report" / "summary.json").read_text())
    system = summary["systems"][0]
    assert system["corpus"]["bleu"] == pytest.approx(100.0) and system["corpus"]["chrf"] == pytest.approx(100.0)
    assert "masked" in result.out


def _x(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def test_score_po_candidates_leave_out_units_without_target(tmp_path, cli):
    path = tmp_path / "a.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: zh_TW\\n"\n\n'
                    + "".join(f'msgid "{en}"\nmsgstr "{zh}"\n\n' for en, zh in (
                        ("The file was saved.", "檔案已儲存。"), ("The network is unavailable.", "網路無法使用。"),
                        ("Please try again later.", "請稍後再試。"), ("Your password has expired.", ""))),
                    encoding="utf-8")
    result = cli("score", path, "--metrics", "embed_src", "--out", tmp_path / "r")
    assert result.code == 0, result.err
    assert "1 of 4 units have no target" in result.out
    summary = json.loads((tmp_path / "r" / "summary.json").read_text())
    assert summary["reference"]["n_segments"] == 3
    result = cli("score", path, "--metrics", "embed_src", "--empty-targets", "--out", tmp_path / "r2")
    assert json.loads((tmp_path / "r2" / "summary.json").read_text())["reference"]["n_segments"] == 4


def test_refs_build_from_a_tmx(tmp_path, cli):
    result = cli("refs", "build", FORMATS / "django-memory.tmx", "--zh-script", "hant", "--out", tmp_path / "mem")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in (tmp_path / "mem" / "segments.jsonl").read_text().splitlines()]
    assert rows[0]["en"] == "Foreign Key (type determined by related field)"
    assert rows[0]["zh"] == "外鍵（類型由相關欄位決定）" and rows[0]["alignment"] == "1-1"
    assert all("%(" not in row["en"] for row in rows)  # masked as for scoring
    result = cli("refs", "build", FORMATS / "django-memory.tmx", "--out", tmp_path / "mem2")
    one_line_error(result.code, result.err, "several zh variants")


def test_docx_is_zip_but_not_word(tmp_path):
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="not a DOCX file"):
        document_text(path, "docx")


def test_a_sentence_split_across_cues_is_one_draft_sentence(tmp_path):
    from evalkit.checks import parse_draft

    path = tmp_path / "draft.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:03,000\nWe must build a safer China\n\n"
                    "2\n00:00:03,000 --> 00:00:05,000\nand protect <i>the people</i>.\n\n"
                    "3\n00:00:05,000 --> 00:00:07,000\nThat is the task.\n", encoding="utf-8")
    text = document_text(path, "srt")
    assert text.splitlines() == ["We must build a safer China", "and protect the people.", "That is the task."]
    sentences = [s.text for s in parse_draft(text, "en", path=str(path)).sentences]
    assert sentences == ["We must build a safer China and protect the people.", "That is the task."]


def test_gate_with_an_xliff_candidate(tmp_path, cli, reference_set_dir, repo_root):
    from evalkit.references import load_reference_set

    reference = load_reference_set(reference_set_dir)
    careful = (repo_root / "candidates" / "natsec-zh-en" / "careful.txt").read_text(encoding="utf-8").splitlines()
    units = "".join(f'<trans-unit id="{s.id}"><source>{_x(s.zh)}</source><target>{_x(text)}</target></trans-unit>'
                    for s, text in zip(reference.segments, careful))
    candidate = tmp_path / "careful.xlf"
    candidate.write_text(f'<xliff version="1.2" xmlns="{XLIFF12}"><file source-language="zh-TW" target-language="en" '
                         f'datatype="plaintext" original="natsec"><body>{units}</body></file></xliff>',
                         encoding="utf-8")
    config = tmp_path / "evalkit.toml"
    config.write_text(f'baseline = "baseline.json"\n\n[task]\nref = "{reference_set_dir}"\nlang = "zh-en"\n'
                      f'candidates = ["{candidate}"]\n\n[settings]\nmetrics = ["bleu", "chrf"]\n\n'
                      '[settings.significance]\nresamples = 100\n\n[rules.floors]\nbleu = ">= 20"\n\n'
                      '[rules.segments]\nnumbers = true\n',
                      encoding="utf-8")
    result = cli("gate", "--config", config, "--update-baseline")
    assert result.code == 0, result.err
    assert "careful on 79 segments" in result.out
    result = cli("gate", "--config", config)
    assert result.code == 0, (result.out, result.err)


def test_check_xliff_against_a_reference_memory_by_source_text(tmp_path):
    from evalkit.check import check
    from evalkit.formats.tmx import read_tmx

    memory = read_tmx(FORMATS / "django-memory.tmx", target="zh-TW")
    chosen = [u for u in memory.units if "%(" in u.source][:6]
    targets = [u.target or "" for u in chosen]
    targets[0] = targets[0].replace("%(", "%(x")  # one placeholder renamed
    units = "".join(f'<trans-unit id="t{k}"><source>{_x(u.source)}</source><target>{_x(t)}</target></trans-unit>'
                    for k, (u, t) in enumerate(zip(chosen, targets)))
    draft = tmp_path / "draft.xlf"
    draft.write_text(f'<xliff version="1.2" xmlns="{XLIFF12}"><file source-language="en" target-language="zh-TW" '
                     f'datatype="plaintext" original="x"><body>{units}</body></file></xliff>', encoding="utf-8")
    result = check(draft, ref=FORMATS / "django-memory.tmx")
    assert "reference" in result.against
    assert [span.reference for span in result.spans] == [u.target for u in chosen]
    assert [f.ids for f in result.of_kind("placeholders")] == [("t0",)]


# ---- keyed catalogues: Android strings.xml, iOS .strings, i18n JSON --------------------------

def test_keyed_catalogues_read_by_key():
    from evalkit.formats import keyed_pair, read_keyed

    ios = keyed_pair(FORMATS / "qbimagepicker.zh-Hant.strings", FORMATS / "qbimagepicker.en.strings", "strings")
    unit = next(u for u in ios.units if u.id == "assets.footer.photo-and-video")
    assert (unit.source, unit.target) == ("%ld Photo, %ld Video", "共%ld 張照片, %ld 個視頻")
    android = read_keyed(FORMATS / "android" / "values-zh-rTW" / "fpauth-strings.xml", "android")
    assert android[0][:2] == ("cancel", "取消")
    vee = keyed_pair(FORMATS / "vee-validate.zh_TW.json", FORMATS / "vee-validate.en.json", "json")
    between = next(u for u in vee.units if u.id == "messages.between")
    assert between.source == "The {field} field must be between 0:{min} and 1:{max}"
    assert between.target == "{field} 須介於 0:{min} 至 1:{max}之間"
    assert all(not compare_units(u) for u in [*ios.translated, *vee.translated])


def compare_units(unit):
    from evalkit.placeholders import compare

    return compare(unit.source, unit.target or "")


def test_android_plurals_arrays_escapes_and_untranslatable(tmp_path):
    from evalkit.formats import read_keyed

    path = tmp_path / "strings.xml"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">\n'
                    '  <string name="app" translatable="false">Evalkit</string>\n'
                    '  <string name="quote">Don\\\'t say \\"no\\"\\nplease</string>\n'
                    '  <string name="held">Hello <xliff:g id="name">%1$s</xliff:g>!</string>\n'
                    '  <plurals name="files"><item quantity="one">%d file</item><item quantity="other">%d files</item></plurals>\n'
                    '  <string-array name="days"><item>Mon</item><item>Tue</item></string-array>\n'
                    '</resources>\n', encoding="utf-8")
    assert detect(path) == "android"
    assert [(key, text) for key, text, _ in read_keyed(path, "android")] == [
        ("quote", 'Don\'t say "no"\nplease'), ("held", "Hello %1$s!"), ("files[one]", "%d file"),
        ("files[other]", "%d files"), ("days[0]", "Mon"), ("days[1]", "Tue")]


def test_bad_keyed_files_are_one_line(tmp_path):
    from evalkit.formats import read_keyed

    strings = tmp_path / "bad.strings"
    strings.write_text('"a" = "b";\n\n"c" = "d"\n"e" = "f";\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.strings:3: not a .strings entry"):
        read_keyed(strings, "strings")
    catalogue = tmp_path / "bad.json"
    catalogue.write_text('{"a": "b",\n "c": }\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.json:2: invalid JSON"):
        read_keyed(catalogue, "json")


def test_check_a_json_catalogue_with_its_source(tmp_path, cli):
    target = tmp_path / "zh_TW.json"
    text = (FORMATS / "vee-validate.zh_TW.json").read_text(encoding="utf-8")
    target.write_text(text.replace('"{field} 須以英文組成"', '"{fields} 須以英文組成"'), encoding="utf-8")
    result = cli("check", target, "--src", FORMATS / "vee-validate.en.json", "--out", tmp_path / "r")
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in (tmp_path / "r" / "findings.jsonl").read_text().splitlines()]
    assert [(row["ids"], row["message"]) for row in rows if row["kind"] == "placeholders"] == [
        (["messages.alpha"], "placeholders differ from the source: {field} changed to {fields}")]
    result = cli("check", target)
    one_line_error(result.code, result.err, "--src")


def test_score_keyed_catalogues_by_key(tmp_path, cli):
    candidate = tmp_path / "candidate.json"
    data = json.loads((FORMATS / "vee-validate.zh_TW.json").read_text(encoding="utf-8"))
    del data["messages"]["alpha"]  # a key the candidate lacks: no target, left out
    candidate.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = cli("score", "--ref", FORMATS / "vee-validate.zh_TW.json", "--src", FORMATS / "vee-validate.en.json",
                 "--lang", "en-zh", "--metrics", "chrf", candidate, "--out", tmp_path / "r")
    assert result.code == 0, result.err
    summary = json.loads((tmp_path / "r" / "summary.json").read_text())
    assert summary["reference"]["n_segments"] == len(data["messages"]) + 1  # "code" and the messages, less one
    assert summary["systems"][0]["corpus"]["chrf"] == pytest.approx(100.0)


@pytest.mark.parametrize("xliff", [
    f'<xliff version="1.2" xmlns="{XLIFF12}"><file source-language="en" target-language="zh" datatype="plaintext" '
    'original="a"><body><trans-unit id="1"><source>Save %s</source><target>儲存</target></trans-unit>'
    '<trans-unit id="2"><source>Open</source><target>開啟</target></trans-unit></body></file></xliff>',
    f'<x:xliff version="1.2" xmlns:x="{XLIFF12}"><x:file source-language="en" target-language="zh" '
    'datatype="plaintext" original="a"><x:body><x:trans-unit id="1"><x:source>Save %s</x:source>'
    '<x:target>儲存</x:target></x:trans-unit></x:body></x:file></x:xliff>',
    f'<xliff version="2.0" xmlns="{XLIFF20}" srcLang="en" trgLang="zh"><file id="f"><unit id="1"><segment>'
    '<source>Save %s</source><target>儲存</target></segment></unit></file></xliff>',
    f'<xliff version="2.0" xmlns="{XLIFF20}" srcLang="en" trgLang="zh"><file id="f"><unit id="1"><notes><note>'
    'Keep it short</note></notes><segment><source>Save %s</source><target>儲存</target></segment></unit></file></xliff>',
])
def test_write_back_into_compact_and_prefixed_xliff(tmp_path, xliff):
    path = tmp_path / "in.xlf"
    path.write_text(xliff, encoding="utf-8")
    document = read_translation_file(path)
    write_back(document, {"1": [("placeholders", "high", "missing %s")]}, tmp_path / "out.xlf")
    root = etree.parse(str(tmp_path / "out.xlf")).getroot()
    notes = [n for n in root.iter("{*}note") if "missing %s" in (n.text or "")]
    assert len(notes) == 1 and etree.QName(notes[0]).namespace == etree.QName(root).namespace
    unit = notes[0].getparent() if document.format == "xliff-1.2" else notes[0].getparent().getparent()
    assert unit.get("id") == "1"
    assert [(u.id, u.source, u.target) for u in read_translation_file(tmp_path / "out.xlf").units] == \
        [(u.id, u.source, u.target) for u in document.units]


def test_check_a_document_draft_against_a_memory(tmp_path):
    from evalkit.check import check
    from evalkit.formats.tmx import read_tmx

    memory = read_tmx(FORMATS / "django-memory.tmx", target="zh-TW")
    units = [u for u in memory.units if len(u.source) > 40][:8]
    draft = tmp_path / "draft.txt"
    draft.write_text("".join(u.target + "\n" for u in units[:4] + units[5:]), encoding="utf-8")  # one left out
    small = tmp_path / "memory.tmx"
    tree = etree.parse(str(FORMATS / "django-memory.tmx"))
    body = tree.getroot().find("body")
    keep = {u.source for u in units}
    for tu in list(body):
        if tu.find("tuv/seg").text not in keep:
            body.remove(tu)
    tree.write(str(small), encoding="UTF-8", xml_declaration=True)
    result = check(draft, ref=small, lang="en-zh", settings=None)
    assert [len(span.ids) for span in result.spans if span.ids and not span.sentences] == [1]
    omitted = [f for f in result.of_kind("omission") if f.severity == "high"]
    assert len(omitted) == 1 and units[4].target in omitted[0].details["missing"]
