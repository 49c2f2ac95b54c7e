#!/usr/bin/env bash
# Renders burnrate.svg to the PNG sizes the app ships (ui/appicon.cpp), so the app needs no SVG
# plugin and every size, also at 2x and 3x, is drawn rather than scaled. Needs rsvg-convert
# (librsvg2-bin) or ImageMagick. The SVG keeps to flat colours: ImageMagick's own renderer
# outlines shapes drawn with opacity.
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    out="burnrate-${size}.png"
    if command -v rsvg-convert >/dev/null; then
        rsvg-convert --width "$size" --height "$size" --output "$out" burnrate.svg
    elif command -v convert >/dev/null; then
        convert -background none -density "$(awk -v s="$size" 'BEGIN { print 96 * s / 256 }')" \
            burnrate.svg -strip "PNG32:$out"
    else
        echo "render-pngs.sh: needs rsvg-convert (librsvg2-bin) or ImageMagick's convert" >&2
        exit 1
    fi
    echo "$out"
done
