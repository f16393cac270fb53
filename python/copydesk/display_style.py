"""The look of ``copydesk.render``: its stylesheet and the colour of each entity label.

Each entity carries only a hue (``--cd-h`` in its ``style``); the stylesheet turns the hue into
a pale background in light mode and a deep one in dark mode (``prefers-color-scheme`` and
JupyterLab's dark themes), so the same markup reads well on either. Labels outside the table get
a stable hue from a checksum of their name.
"""

from __future__ import annotations

import zlib

__all__ = ["STYLE", "label_hue", "label_palette"]

#: Hues for the spaCy/OntoNotes labels copydesk emits, chosen so that neighbours in running
#: text (PERSON next to ORG, DATE next to CARDINAL) differ clearly.
LABEL_HUES = {
    "PERSON": 265,
    "ORG": 200,
    "GPE": 140,
    "LOC": 100,
    "NORP": 30,
    "FAC": 170,
    "EVENT": 330,
    "PRODUCT": 290,
    "WORK_OF_ART": 350,
    "LAW": 15,
    "LANGUAGE": 60,
    "MISC": 0,
    "DATE": 48,
    "TIME": 55,
    "PERCENT": 180,
    "MONEY": 120,
    "QUANTITY": 75,
    "ORDINAL": 240,
    "CARDINAL": 225,
}


def label_hue(label: str) -> int:
    """The hue (0-359) that marks ``label``: from the table, else from a checksum of the name."""
    hue = LABEL_HUES.get(label)
    return hue if hue is not None else zlib.crc32(label.encode("utf-8")) % 360


def label_palette(label: str) -> str:
    """The inline ``style`` value for an entity of ``label``."""
    return f"--cd-h:{label_hue(label)}"


# Colours are variables on .copydesk-view so one media query switches the whole view.
STYLE = """
.copydesk-view{--cd-fg:#1d1f23;--cd-bg:#ffffff;--cd-muted:#5c6370;--cd-rule:#d8dce3;
--cd-ent-s:85%;--cd-ent-l:88%;--cd-tag-l:32%;--cd-quote:#b4540a;--cd-quote-bg:#fff4e6;
--cd-speaker:#0b6e4f;--cd-cue:#6b7280;
color:var(--cd-fg);background:var(--cd-bg);font:15px/1.65 Georgia,'Times New Roman',serif;
max-width:52em;padding:0.5em 1em}
@media (prefers-color-scheme: dark){.copydesk-view{--cd-fg:#e6e6e6;--cd-bg:#1b1d22;
--cd-muted:#a0a7b4;--cd-rule:#3a3f4b;--cd-ent-s:45%;--cd-ent-l:30%;--cd-tag-l:80%;
--cd-quote:#f5a65b;--cd-quote-bg:#2d2418;--cd-speaker:#5fd3a6;--cd-cue:#b3b9c5}}
[data-jp-theme-light="false"] .copydesk-view{--cd-fg:#e6e6e6;--cd-bg:#1b1d22;
--cd-muted:#a0a7b4;--cd-rule:#3a3f4b;--cd-ent-s:45%;--cd-ent-l:30%;--cd-tag-l:80%;
--cd-quote:#f5a65b;--cd-quote-bg:#2d2418;--cd-speaker:#5fd3a6;--cd-cue:#b3b9c5}
.copydesk-view .cd-article{border-top:1px solid var(--cd-rule);padding:0.6em 0 1em}
.copydesk-view .cd-article:first-of-type{border-top:0}
.copydesk-view .cd-headline{font-size:1.35em;font-weight:bold;line-height:1.3}
.copydesk-view .cd-meta,.copydesk-view .cd-counts,.copydesk-view .cd-legend{
font:13px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:var(--cd-muted);margin:0.25em 0}
.copydesk-view .cd-meta-item{margin-right:1.2em}
.copydesk-view .cd-meta-name{font-variant:small-caps;letter-spacing:0.04em}
.copydesk-view .cd-legend{display:flex;flex-wrap:wrap;gap:0.4em;align-items:center}
.copydesk-view .cd-par{margin:0.7em 0}
.copydesk-view .cd-outside{font-size:0.88em;color:var(--cd-muted);border-left:3px solid var(--cd-rule);
padding-left:0.6em}
.copydesk-view mark.cd-ent{color:inherit;background:hsl(var(--cd-h),var(--cd-ent-s),var(--cd-ent-l));
border-radius:0.3em;padding:0.05em 0.25em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.copydesk-view mark.cd-ent[data-part="cont"]{border-top-left-radius:0;border-bottom-left-radius:0}
.copydesk-view .cd-label,.copydesk-view .cd-key{
font:bold 10px/1 system-ui,-apple-system,'Segoe UI',sans-serif;letter-spacing:0.03em}
.copydesk-view .cd-label{margin-left:0.35em;vertical-align:0.1em;color:hsl(var(--cd-h),70%,var(--cd-tag-l))}
.copydesk-view .cd-key{padding:0.3em 0.5em;border-radius:0.3em}
.copydesk-view span.cd-key.cd-ent{background:hsl(var(--cd-h),var(--cd-ent-s),var(--cd-ent-l));
color:var(--cd-fg)}
.copydesk-view .cd-quote{background:var(--cd-quote-bg);border-bottom:2px solid var(--cd-quote);
box-decoration-break:clone;-webkit-box-decoration-break:clone}
.copydesk-view .cd-quote[data-kind="partial"]{border-bottom-style:dashed}
.copydesk-view .cd-quote[data-kind="indirect"]{border-bottom-style:dotted;background:transparent}
.copydesk-view .cd-said{font:bold 10px/1 system-ui,-apple-system,'Segoe UI',sans-serif;
color:var(--cd-bg);background:var(--cd-quote);border-radius:0.3em;padding:0.15em 0.4em;
margin-left:0.3em;vertical-align:0.15em;white-space:nowrap}
.copydesk-view .cd-speaker{outline:2px solid var(--cd-speaker);outline-offset:1px;border-radius:0.2em}
.copydesk-view .cd-cue{text-decoration:underline wavy var(--cd-cue);text-underline-offset:0.25em}
.copydesk-view span.cd-key.cd-quote{border-bottom:2px solid var(--cd-quote)}
.copydesk-view span.cd-key.cd-speaker{outline:2px solid var(--cd-speaker)}
.copydesk-view span.cd-key.cd-cue{text-decoration:underline wavy var(--cd-cue)}
"""
