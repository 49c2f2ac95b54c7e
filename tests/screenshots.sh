#!/usr/bin/env bash
# Screenshots of every page of the main window on the demo organisation, in the light and the
# dark theme, for the README: resources/screenshots/<page>-<theme>.png, over the last 30 days.
#
#   tests/screenshots.sh build/app/burnrate                 # both themes into resources/screenshots
#   tests/screenshots.sh --scale 2 --out /tmp/2x build/app/burnrate   # a high-DPI check
#
# It builds nothing: give it the built app. It runs "burnrate --demo" under Xvfb (xvfb-run) once
# per theme, in a temporary home with its own settings and data folders, so neither your settings
# nor your ledger are touched, and both themes show the same demo organisation (seed 42, up to
# today). A documentation tool, not a test: CI does not run it.
set -euo pipefail

usage() {
    echo "usage: $0 [--out DIR] [--scale FACTOR] [--theme light|dark]... PATH/TO/burnrate" >&2
    exit 2
}

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/resources/screenshots"
scale=""
themes=()
app=""
while [ $# -gt 0 ]; do
    case "$1" in
        --out) [ $# -ge 2 ] || usage; out="$2"; shift 2 ;;
        --scale) [ $# -ge 2 ] || usage; scale="$2"; shift 2 ;;
        --theme) [ $# -ge 2 ] || usage; themes+=("$2"); shift 2 ;;
        -h|--help) usage ;;
        -*) echo "$0: unknown option $1" >&2; usage ;;
        *) [ -z "$app" ] || usage; app="$1"; shift ;;
    esac
done
[ -n "$app" ] || usage
[ ${#themes[@]} -gt 0 ] || themes=(light dark)

if ! command -v xvfb-run >/dev/null; then
    echo "$0: xvfb-run is missing; install it (Debian: apt-get install xvfb xauth)" >&2
    exit 1
fi
if [ ! -x "$app" ]; then
    echo "$0: $app is not an executable; build the app first (cmake --build build)" >&2
    exit 1
fi
app="$(cd "$(dirname "$app")" && pwd)/$(basename "$app")"

work="$(mktemp -d "${TMPDIR:-/tmp}/burnrate-screenshots.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# The same look on every machine: no desktop settings, no session bus, English, a fixed DPI.
mkdir -p "$work/home"
run_env=(
    env -u DBUS_SESSION_BUS_ADDRESS -u QT_QPA_PLATFORMTHEME -u QT_STYLE_OVERRIDE -u GTK_THEME
    -u QT_SCREEN_SCALE_FACTORS -u QT_FONT_DPI -u QT_SCALE_FACTOR
    HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
    XDG_CACHE_HOME="$work/cache"
    QT_QPA_PLATFORM=xcb QT_ENABLE_HIGHDPI_SCALING=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
)
suffix=""
if [ -n "$scale" ]; then
    run_env+=(QT_SCALE_FACTOR="$scale")
    suffix="@${scale}x"
fi

# Smaller files for the repository: 256 colours without dithering look the same on a UI (text
# edges included) at under half the size; then optipng when there is one.
shrink() {
    if command -v convert >/dev/null; then
        convert "$1" +dither -colors 256 -strip -define png:compression-level=9 "$1"
    fi
    if command -v optipng >/dev/null; then
        optipng -quiet -o2 "$1"
    fi
}

for theme in "${themes[@]}"; do
    case "$theme" in light|dark) ;; *) echo "$0: unknown theme $theme" >&2; exit 2 ;; esac
    shots="$work/$theme"
    echo "== $theme"
    # Big enough for the window at any scale given; the picture is of the window only.
    if ! timeout 600 xvfb-run -a -s "-screen 0 3840x2400x24 -dpi 96 -nolisten tcp" \
        "${run_env[@]}" "$app" --demo --theme "$theme" --period last-30-days \
        --screenshot-dir "$shots"; then
        echo "$0: the app failed in the $theme theme" >&2
        exit 1
    fi
    count=0
    for shot in "$shots"/*.png; do
        [ -e "$shot" ] || continue
        page="$(basename "$shot" .png)"
        target="$out/$page-$theme$suffix.png"
        mv "$shot" "$target"
        shrink "$target"
        count=$((count + 1))
    done
    if [ "$count" -eq 0 ]; then
        echo "$0: no screenshots in the $theme theme" >&2
        exit 1
    fi
    echo "$count pages in $out"
done
