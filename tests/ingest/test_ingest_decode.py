from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import BinaryInputError, EmptyInputError, EncodingError
from storyline.ingest.decode import declared_charset, decode_bytes


@given(st.text(min_size=1).filter(lambda s: s.strip()))
@settings(max_examples=300, deadline=None)
def test_any_text_written_as_utf8_decodes_back_unchanged(text):
    data = text.encode("utf-8", "surrogatepass")
    try:
        decoded = decode_bytes(data)
    except BinaryInputError:
        # control characters (NUL, or > 5% C0 controls) are refused as binary on purpose
        assert "\x00" in text or sum((ord(c) < 32 and c not in "\t\n\x0b\x0c\r\x1b") or c == "\x7f"
                                     for c in text) > 0
        return
    except EncodingError:
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in text)  # lone surrogates are not UTF-8
        return
    assert decoded.text == text
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_byte_order_marks_choose_the_codec_and_are_stripped(bom, codec):
    decoded = decode_bytes(bom + "Grüße aus Köln".encode(codec))
    assert decoded.text == "Grüße aus Köln"
    assert decoded.encoding == codec


def test_latin1_page_declaring_utf8_is_decoded_right_and_the_encoding_recorded():
    html = '<html><head><meta charset="utf-8"><title>Café</title></head><body><p>Le café est très bon à Paris.</p></body></html>'
    decoded = decode_bytes(html.encode("latin-1"), html=True)
    assert decoded.text == html
    assert decoded.encoding == "cp1252"


def test_declared_legacy_charset_is_honoured():
    html = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Привет, мир</p>'
    decoded = decode_bytes(html.encode("cp1251"), html=True)
    assert decoded.text == html
    assert decoded.encoding == "cp1251"


def test_latin1_label_means_windows_1252_as_in_browsers():
    html = '<meta charset="iso-8859-1"><p>\u201cQuoted\u201d \u2014 caf\u00e9</p>'
    assert decode_bytes(html.encode("cp1252"), html=True).text == html


def test_external_charset_beats_a_missing_meta():
    text = "Привет, как дела? Это длинный тест кодировки."
    decoded = decode_bytes(text.encode("koi8-r"), declared="koi8-r")
    assert (decoded.text, decoded.encoding) == (text, "koi8-r")


def test_declared_charset_is_found_in_meta_and_xml_declaration():
    assert declared_charset(b'<html><meta charset="Shift_JIS">') == "shift_jis"
    assert declared_charset(b"<meta http-equiv=content-type content='text/html; charset=EUC-JP'>") == "euc-jp"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-2"?><rss/>') == "iso-8859-2"
    assert declared_charset(b"<p>no declaration</p>") is None


def test_unknown_declared_charset_falls_back_to_detection():
    html = '<meta charset="x-made-up"><p>Der Bär läuft über die Straße.</p>'
    assert decode_bytes(html.encode("cp1252"), html=True).text == html


def test_invalid_utf8_beyond_repair_is_an_encoding_error():
    data = ("Zürich ".encode() + b"\xff\xfe\x80\x81 ") * 20
    with pytest.raises(EncodingError, match="not valid UTF-8") as info:
        decode_bytes(data, source="broken.txt")
    assert info.value.code == "encoding"
    assert "iconv" in str(info.value)


def test_utf8_with_one_stray_byte_is_repaired_and_says_so():
    # one broken byte among many good multi-byte characters (a cut-and-pasted article)
    data = "Ärger über Öl — naïve Café façade résumé. ".encode() * 3 + b"\xff" + b" und so weiter"
    decoded = decode_bytes(data)
    assert decoded.repaired == 1
    assert decoded.encoding == "utf-8"
    assert "\ufffd und so weiter" in decoded.text


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\xff\xd8\xff\xe0JFIF", b"%PDF-1.7\n",
                                  b"PK\x03\x04\x14\x00", b"text then \x00 a NUL", bytes(range(1, 32)) * 10])
def test_binary_input_is_refused(data):
    with pytest.raises(BinaryInputError) as info:
        decode_bytes(data, source="x.txt")
    assert info.value.code == "binary"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"  \n"])
def test_empty_or_whitespace_only_input_is_refused(data):
    with pytest.raises(EmptyInputError) as info:
        decode_bytes(data)
    assert info.value.code == "empty"
