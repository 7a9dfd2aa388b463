"""Renders the 37 OCR-B glyphs of a machine-readable zone (0-9, A-Z, <) into the reader's
templates, mrz/src/glyphs.bin: for each glyph in GLYPHS order, TW x TH bytes row by row, 0 for
paper and 255 for ink, averaged over the glyph's cell.

The cell is the one the reader samples in a picture (mrz/src/classify.rs): one character pitch
wide (the font's advance), CELL_H pitches high, centred on the mean ink centre of all glyphs, so
that a glyph's place in its cell (the low `<`, the tall digits) is part of its template.

Run by scripts/mrz-templates with Pillow from a venv under target/; the font comes from Debian's
fonts-ocr-b. The product never reads the font: the bytes are committed.
"""

import sys
from PIL import Image, ImageDraw, ImageFont

GLYPHS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
TW, TH = 16, 20
# Cell height in pitches: must match CELL_HEIGHT in mrz/src/classify.rs.
CELL_H = 1.25
SIZE = 400


def ink_box(font, ch):
    im = Image.new("L", (SIZE * 2, SIZE * 2), 0)
    ImageDraw.Draw(im).text((SIZE // 2, SIZE // 2), ch, font=font, fill=255)
    return im, im.getbbox()


def main(font_path, out_path):
    font = ImageFont.truetype(font_path, SIZE)
    advance = font.getlength("H")
    rendered = {ch: ink_box(font, ch) for ch in GLYPHS}
    # The reader locates the cells from the ink centres of the characters it sees, so the
    # templates are centred on the same mean.
    cx = sum((b[0] + b[2]) / 2 for _, b in rendered.values()) / len(GLYPHS)
    cy = sum((b[1] + b[3]) / 2 for _, b in rendered.values()) / len(GLYPHS)
    out = bytearray()
    for ch in GLYPHS:
        im, _ = rendered[ch]
        w, h = advance, advance * CELL_H
        box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        out += im.resize((TW, TH), Image.BOX, box=box).tobytes()
    with open(out_path, "wb") as f:
        f.write(out)
    print(f"{out_path}: {len(GLYPHS)} glyphs of {TW}x{TH}, {len(out)} bytes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
