"""The MRZ reader's test set: specimen passports (TD3) and ID cards (TD1, TD2) of several
issuing states, printed in OCR-B, photographed as a camera would (1280x720 grayscale): sharp,
rotated by +3 and -3 degrees, slightly blurred, and with a glare patch; and, outside what the
targets are set on ("stress" in truth.json), far off, in dim light and tilted 6 degrees. Some
specimens carry a broken check digit on purpose: the reader must never call those valid.

Writes into OUT_DIR, deterministically (a fixed seed): NAME-VARIANT.png (for uploads),
NAME-VARIANT.pgm (raw luma for the benchmarks), truth.json (the printed lines, whether their
check digits hold) and fake-camera videos (.y4m, Chromium's --use-file-for-fake-video-capture):
steady.y4m and shaking.y4m (a valid passport), expired.y4m (a valid, expired passport),
td1-steady.y4m (an ID card).

Usage: specimens.py OCRB_FONT SANS_FONT OUT_DIR (scripts/mrz-specimens runs it).
"""

import json
import math
import os
import random
import subprocess
import sys
from PIL import Image, ImageDraw, ImageFilter, ImageFont

W, H = 1280, 720
WEIGHTS = (7, 3, 1)
PITCH_MM = 2.54
# The font's advance in ems (OCR-B: 0.723): a pitch of 2.54 mm.
ADVANCE_EM = 0.723


def value(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - ord("A") + 10


def check(field):
    return str(sum(value(c) * WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def name_field(surname, given, width):
    text = surname.replace(" ", "<").replace("-", "<") + "<<" + given.replace(" ", "<")
    return (text + "<" * width)[:width]


def pad(text, width):
    return (text + "<" * width)[:width]


def td3(p):
    l1 = "P<" + p["state"] + name_field(p["surname"], p["given"], 39)
    num = pad(p["number"], 9)
    l2 = num + check(num) + p["nat"] + p["birth"] + check(p["birth"]) + p["sex"]
    l2 += p["expiry"] + check(p["expiry"])
    personal = pad(p["personal"], 14)
    l2 += personal + (check(personal) if p["personal"] else "<")
    l2 += check(l2[0:10] + l2[13:20] + l2[21:43])
    return [l1, l2]


def td1(p):
    num = pad(p["number"], 9)
    l1 = pad(p["code"], 2) + p["state"] + num + check(num) + pad(p["personal"], 15)
    l2 = p["birth"] + check(p["birth"]) + p["sex"] + p["expiry"] + check(p["expiry"]) + p["nat"]
    l2 += "<" * 11
    l2 += check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = name_field(p["surname"], p["given"], 30)
    return [l1, l2, l3]


def td2(p):
    l1 = pad(p["code"], 2) + p["state"] + name_field(p["surname"], p["given"], 31)
    num = pad(p["number"], 9)
    l2 = num + check(num) + p["nat"] + p["birth"] + check(p["birth"]) + p["sex"]
    l2 += p["expiry"] + check(p["expiry"]) + pad(p["personal"], 7)
    l2 += check(l2[0:10] + l2[13:20] + l2[21:35])
    return [l1, l2]


PEOPLE = [
    ("ERIKSSON", "ANNA MARIA"), ("MUSTERMANN", "ERIKA"), ("DUPONT", "JEAN PIERRE"),
    ("DE VRIES", "JAN"), ("VAN DER BERG", "PIETER JOHANNES"), ("OBRIEN", "SIOBHAN"),
    ("GARCIA LOPEZ", "MARIA DEL CARMEN"), ("ROSSI", "GIULIA"), ("NOWAK", "KATARZYNA"),
    ("SCHMIDT", "KARL HEINZ"), ("MARTIN", "CHLOE"), ("JANSSENS", "LUC"),
    ("WOLFESCHLEGELSTEINHAUSENBERGERDORFF", "HUBERT BLAINE"), ("OKONKWO", "CHIDI"),
    ("LINDQVIST", "SVEN OLOF"), ("HUBER", "THERESA"), ("MUELLER LUEDENSCHEIDT", "ALEXANDRA BEATRIX CHARLOTTE"),
    ("SMITH", "JOHN"), ("NGUYEN", "THI MAI"), ("KOWALSKI", "PIOTR"), ("FISCHER", "LENA"),
]
STATES = ["D", "FRA", "NLD", "UTO", "GBR", "ITA", "ESP", "BEL", "AUT", "POL", "SWE", "IRL"]


def specimens(rng):
    out = []
    for i in range(42):
        fmt = ["td3", "td1", "td3", "td2", "td1", "td3"][i % 6]
        surname, given = PEOPLE[i % len(PEOPLE)]
        state = STATES[i % len(STATES)]
        letters = "ABCDEFGHJKLMNPRTVWXYZ"
        number = "".join(rng.choice(letters + "0123456789") for _ in range(rng.choice([8, 9])))
        if fmt != "td1":
            number = rng.choice(letters) + number[1:]
        nat = state if i % 7 else rng.choice(STATES)
        p = {
            "state": pad(state, 3), "nat": pad(nat, 3), "surname": surname,
            "given": given, "number": number,
            "birth": f"{rng.randint(40, 99) if i % 3 else rng.randint(0, 8):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            "sex": rng.choice("MFM<F"), "expiry": f"{rng.randint(28, 35):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            "personal": "" if i % 4 else "".join(rng.choice("0123456789") for _ in range(rng.choice([7, 10]))),
            "code": ["I<", "ID", "IR", "AC"][i % 4],
        }
        lines = {"td3": td3, "td1": td1, "td2": td2}[fmt](p)
        assert all(len(line) == {"td3": 44, "td1": 30, "td2": 36}[fmt] for line in lines), lines
        broken = i % 5 == 4
        if broken:
            # One check digit off by one: the zone is printed wrong, the reader must say so.
            row = 1 if fmt != "td1" else (0 if i % 2 else 1)
            positions = {"td3": [9, 19, 27, 43], "td2": [9, 19, 27, 35], "td1": [14] if row == 0 else [6, 14, 29]}[fmt]
            pos = positions[i % len(positions)]
            line = lines[row]
            lines[row] = line[:pos] + str((int(line[pos]) + 1 + i % 8) % 10) + line[pos + 1:]
        out.append({"name": f"{i:02d}-{fmt}-{state.strip('<')}", "format": fmt, "lines": lines, "valid": not broken})
    return out


def document(spec, sans, ocrb_path, rng, scale):
    """The document alone, at `scale` px per mm, rendered at 3x and reduced (anti-aliased)."""
    size_mm = {"td3": (125, 88), "td1": (85.6, 54), "td2": (105, 74)}[spec["format"]]
    s = scale * 3
    w, h = int(size_mm[0] * s), int(size_mm[1] * s)
    im = Image.new("L", (w, h), 236)
    d = ImageDraw.Draw(im)
    # A security print in light lines: an adaptive threshold must not take it for text.
    for k in range(0, w, max(3, int(2.2 * s))):
        d.line([(k, 0), (k + h * 0.6, h)], fill=222, width=max(1, int(s * 0.15)))
    for k in range(0, h, max(3, int(3 * s))):
        d.arc([-w * 0.2, k - h, w * 1.2, k + h * 0.4], 0, 180, fill=214, width=max(1, int(s * 0.12)))
    # The photo ends above the zone (three lines on an ID card's 54 mm).
    photo_bottom = min(45, size_mm[1] - len(spec["lines"]) * 4.4 - 6)
    d.rectangle([4 * s, 10 * s, 30 * s, photo_bottom * s], fill=150)
    d.ellipse([10 * s, 14 * s, 24 * s, (photo_bottom - 8) * s], fill=95)
    d.text((4 * s, 2.5 * s), {"td3": "PASSPORT / REISEPASS", "td2": "IDENTITY CARD", "td1": "IDENTITY CARD"}[spec["format"]],
           font=ImageFont.truetype(sans, int(3.6 * s)), fill=40)
    small = ImageFont.truetype(sans, int(2.4 * s))
    y = 10 * s
    for label, val in [("Name", spec["lines"][-1][:14].replace("<", " ")), ("Nationality", spec["lines"][0][2:5]),
                       ("Date of birth", "12 03 1980"), ("Authority", "SPECIMEN")]:
        if y > h * 0.55:
            break
        d.text((34 * s, y), label, font=small, fill=110)
        d.text((34 * s, y + 2.8 * s), val, font=small, fill=30)
        y += 7 * s
    em = PITCH_MM / ADVANCE_EM * s
    ocrb = ImageFont.truetype(ocrb_path, int(round(em)))
    pitch = ocrb.getlength("H")
    n = len(spec["lines"][0])
    left = (w - n * pitch) / 2
    spacing = 1.7 * pitch
    bottom = h - 3.5 * s
    for row, line in enumerate(reversed(spec["lines"])):
        top = bottom - (row + 1) * spacing
        for col, ch in enumerate(line):
            d.text((left + col * pitch, top), ch, font=ocrb, fill=rng.randint(12, 28))
    return im.resize((w // 3, h // 3), Image.LANCZOS)


def frame(doc, rng, angle, blur=0.0, glare=False, offset=(0, 0)):
    bg = Image.linear_gradient("L").resize((W, H)).point(lambda v: 60 + v // 5)
    rotated = doc.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    mask = Image.new("L", doc.size, 255).rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    x = (W - rotated.width) // 2 + offset[0]
    y = (H - rotated.height) // 2 + offset[1]
    bg.paste(rotated, (x, y), mask)
    if glare:
        # A lamp's reflection: a soft white ellipse over a part of the document.
        gx = x + rng.uniform(0.25, 0.75) * rotated.width
        gy = y + rng.uniform(0.45, 0.85) * rotated.height
        r = rng.uniform(0.12, 0.2) * rotated.width
        spot = Image.new("L", (W, H), 0)
        ImageDraw.Draw(spot).ellipse([gx - r, gy - r * 0.6, gx + r, gy + r * 0.6], fill=210)
        spot = spot.filter(ImageFilter.GaussianBlur(r * 0.3))
        bg = Image.composite(Image.new("L", (W, H), 255), bg, spot)
    if blur:
        bg = bg.filter(ImageFilter.GaussianBlur(blur))
    noise = Image.effect_noise((W, H), 6).point(lambda v: v - 128 + 128)
    return Image.blend(bg, noise, 0.04)


def write_pgm(im, path):
    with open(path, "wb") as f:
        f.write(b"P5\n%d %d\n255\n" % im.size + im.tobytes())


def video(frames, path):
    cmd = ["ffmpeg", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "gray", "-s", f"{W}x{H}",
           "-r", "10", "-i", "-", "-pix_fmt", "yuv420p", path]
    with subprocess.Popen(cmd, stdin=subprocess.PIPE) as p:
        for im in frames:
            p.stdin.write(im.tobytes())
        p.stdin.close()
        if p.wait():
            raise SystemExit(f"ffmpeg failed on {path}")


def main(ocrb, sans, out):
    os.makedirs(out, exist_ok=True)
    rng = random.Random(9303)
    truth = []
    variants = [("sharp", 0.4, 0, False), ("rot+3", 3, 0, False), ("rot-3", -3, 0, False),
                ("blur", 0.8, 1.1, False), ("glare", -0.6, 0, True)]
    # Beyond what the targets are set on, to see where the reader ends: the document far off
    # (six tenths of the size), a room with little light, a tilt of 6 degrees.
    stress = [("far", 0.5, 0, False), ("dim", -0.5, 0, False), ("tilt6", 6, 0, False)]
    for spec in specimens(rng):
        fill = rng.uniform(0.62, 0.82)
        width_mm, height_mm = {"td3": (125, 88), "td1": (85.6, 54), "td2": (105, 74)}[spec["format"]]
        # The whole document in the frame, as the capture step's guide asks (a passport's page
        # is the taller: it fills less of the width).
        doc = document(spec, sans, ocrb, rng, min(W * fill / width_mm, H * 0.86 / height_mm))
        for variant, angle, blur, glare in variants + stress:
            shown = doc.resize((doc.width * 6 // 10, doc.height * 6 // 10), Image.LANCZOS) if variant == "far" else doc
            im = frame(shown, rng, angle, blur, glare, (rng.randint(-40, 40), rng.randint(-30, 30)))
            if variant == "dim":
                im = Image.blend(im.point(lambda v: v * 30 // 100), Image.effect_noise((W, H), 10), 0.05)
            name = f"{spec['name']}-{variant}"
            im.save(os.path.join(out, name + ".png"), optimize=False, compress_level=1)
            write_pgm(im, os.path.join(out, name + ".pgm"))
            truth.append({"file": name + ".pgm", "format": spec["format"], "lines": spec["lines"],
                          "valid": spec["valid"], "variant": variant, "stress": (variant, angle, blur, glare) in stress})
    with open(os.path.join(out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
    videos(ocrb, sans, out, rng)
    print(f"{len(truth)} pictures of {len(truth) // len(variants + stress)} specimens and 4 videos in {out}")


def videos(ocrb, sans, out, rng):
    passport = {"name": "steady", "format": "td3", "valid": True, "lines": td3({
        "state": "UTO", "nat": "UTO", "surname": "ERIKSSON", "given": "ANNA MARIA", "number": "L898902C3",
        "birth": "740812", "sex": "F", "expiry": "340415", "personal": "ZE184226B"})}
    expired = dict(passport, lines=td3({
        "state": "UTO", "nat": "UTO", "surname": "ERIKSSON", "given": "ANNA MARIA", "number": "L898902C3",
        "birth": "740812", "sex": "F", "expiry": "210415", "personal": "ZE184226B"}))
    card = {"name": "td1", "format": "td1", "valid": True, "lines": td1({
        "code": "ID", "state": "D<<", "nat": "D<<", "surname": "MUSTERMANN", "given": "ERIKA", "number": "T22000129",
        "birth": "830812", "sex": "F", "expiry": "310801", "personal": ""})}
    scale = W * 0.72 / 125
    steady = document(passport, sans, ocrb, rng, scale)
    video([frame(steady, rng, 0.3 + 0.05 * math.sin(i), 0, False, (int(round(math.sin(i / 3))), 0)) for i in range(30)],
          os.path.join(out, "steady.y4m"))
    video([frame(steady, rng, rng.uniform(-6, 6), rng.uniform(1.5, 3.5), False, (rng.randint(-60, 60), rng.randint(-40, 40)))
           for _ in range(30)], os.path.join(out, "shaking.y4m"))
    video([frame(document(expired, sans, ocrb, rng, scale), rng, 0.3, 0, False) for _ in range(30)],
          os.path.join(out, "expired.y4m"))
    video([frame(document(card, sans, ocrb, rng, W * 0.7 / 85.6), rng, -0.4, 0, False) for _ in range(30)],
          os.path.join(out, "td1-steady.y4m"))
    with open(os.path.join(out, "videos.json"), "w") as f:
        json.dump({"steady.y4m": passport["lines"], "shaking.y4m": passport["lines"],
                   "expired.y4m": expired["lines"], "td1-steady.y4m": card["lines"]}, f, indent=1)


if __name__ == "__main__":
    if sys.argv[4:5] == ["--videos"]:
        # The fake-camera videos alone, for the Playwright specs (tests/global-setup.ts).
        os.makedirs(sys.argv[3], exist_ok=True)
        videos(*sys.argv[1:4], random.Random(9303))
    else:
        main(*sys.argv[1:4])
