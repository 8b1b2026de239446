#!/usr/bin/python3
"""Reads a screenshot with Pillow and prints, as JSON, how much of it is drawn: its size, the share
of pixels with ink (darker or more coloured than paper: some channel below 200), the number of
distinct colours, and the number of pixels of each status colour of the dashboard (met, overdue,
open), give or take anti-aliasing.

Usage: png_ink.py SCREENSHOT.png   (Debian's python3, for which python3-pil is installed)
"""
import json
import sys

from PIL import Image

STATUS_COLOURS = {"met": (0x2e, 0x7d, 0x32), "overdue": (0xc6, 0x28, 0x28), "open": (0x00, 0x83, 0x8f)}


def near(pixel, colour):
    return all(abs(a - b) <= 12 for a, b in zip(pixel, colour))


def main():
    image = Image.open(sys.argv[1]).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height)  # [(count, (r, g, b))]
    ink = sum(count for count, pixel in colours if min(pixel) < 200)
    facts = {
        "width": image.width,
        "height": image.height,
        "ink_fraction": ink / (image.width * image.height),
        "colours": len(colours),
        "status_pixels": {name: sum(count for count, pixel in colours if near(pixel, colour))
                          for name, colour in STATUS_COLOURS.items()},
    }
    print(json.dumps(facts))


if __name__ == "__main__":
    main()
