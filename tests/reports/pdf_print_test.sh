#!/usr/bin/env bash
# The HTML report printed to PDF, as an operator prints it for management: the hospital example's
# 2022 report (with its 2021 Result as --previous, so the radar has both years) rendered in
# Japanese and English and printed by headless Chromium (--print-to-pdf, A4 from the page's print
# stylesheet). Then, with poppler-utils: the page count is sane; every font is embedded, and the
# Japanese PDF's include Noto Sans CJK (so kanji are not boxes: scripts/setup installs
# fonts-noto-cjk);
# the first page's text has the heading, the organisation's name in Japanese and the first
# sections; the radar's category labels are printed. The first page
# of each is kept as a PNG to look at: /tmp/tenken-print-ja.png and /tmp/tenken-print-en.png, with
# the PDFs beside them.
# Skipped (exit 77, which CMake reports as skipped) when Chromium or poppler-utils is missing.
#   usage: pdf_print_test.sh TENKEN REPO_ROOT
set -uo pipefail
tenken=$(realpath "$1"); root=$(realpath "$2")
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "pdf_print_test: skipped: chromium is not installed (scripts/setup --tests)"; exit 77
fi
for tool in pdftoppm pdffonts pdftotext pdfinfo; do
  command -v "$tool" >/dev/null ||
    { echo "pdf_print_test: skipped: $tool is not installed (poppler-utils; scripts/setup --tests)"; exit 77; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$root"
status=0
fail() { echo "FAIL: $*"; status=1; }

"$tenken" check examples/nisc-2021-06-hospital.yaml --fail-on never --format "json:$work/2021.json" 2>/dev/null ||
  { echo "FAIL: tenken check of the 2021 hospital example"; exit 1; }

# The Japanese organisation name and the words the first page must show, per language.
organization=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["organization"]["name"])' "$work/2021.json")
declare -A first_page=(
  [ja]="tenken 点検結果（ギャップレポート）|評価日|2022年3月1日|スコア|回答率"
  [en]="tenken gap report|Assessment date|1 March 2022|Score|Coverage"
)
declare -A radar_heading=([ja]="分類別スコア" [en]="Score by category")

for lang in ja en; do
  html="$work/report-$lang.html" pdf="/tmp/tenken-print-$lang.pdf"
  "$tenken" check examples/year-over-year/nisc-2021-06-hospital-2022.yaml --previous "$work/2021.json" \
    --lang "$lang" --fail-on never --format "html:$html" 2>/dev/null ||
    { fail "tenken check --previous ($lang)"; continue; }
  rm -f "$pdf"
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile-$lang" --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$html" >"$work/chromium-$lang.log" 2>&1
  [ -s "$pdf" ] || { fail "$lang: chromium wrote no PDF:"; tail -5 "$work/chromium-$lang.log"; continue; }

  pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
  size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
  # Every one of the 116 rules is printed open, most of a page each: about 100 to 130 pages.
  # Far fewer or far more means a broken print layout.
  { [ "${pages:-0}" -ge 5 ] && [ "${pages:-0}" -le 200 ]; } || fail "$lang: $pages pages (expected 5 to 200)"
  [[ $size == *"(A4)" ]] || fail "$lang: page size $size, not A4"

  # pdffonts: a header of two lines, then one font a line, whose type may have a space in it; the
  # "emb" column is the fifth from the end (emb sub uni object ID).
  fonts=$(pdffonts "$pdf" | tail -n +3)
  [ -n "$fonts" ] || fail "$lang: the PDF has no fonts"
  unembedded=$(awk '$(NF-4) != "yes"' <<<"$fonts")
  [ -z "$unembedded" ] || fail "$lang: fonts not embedded: $unembedded"
  # Chromium (Skia) embeds a CFF font such as Noto Sans CJK's as Type 3 glyph outlines, which
  # pdffonts lists as "[none]"; their font descriptors still name the font they were drawn from.
  names=$(grep -a -o '/FontName */[A-Z]*+[A-Za-z0-9-]*' "$pdf" | sed 's|.*+||' | sort -u)
  if [ "$lang" = ja ]; then
    grep -q "^NotoSansCJK" <<<"$names" ||
      fail "ja: no Noto Sans CJK font embedded (is fonts-noto-cjk installed?); fonts: $(tr '\n' ' ' <<<"$names")"
  fi

  text=$(pdftotext -layout -f 1 -l 1 "$pdf" - | tr -s ' ')
  grep -qF "$organization" <<<"$text" || fail "$lang: the first page lacks the organisation name $organization"
  IFS='|' read -ra words <<<"${first_page[$lang]}"
  for word in "${words[@]}"; do
    grep -qF "$word" <<<"$text" || fail "$lang: the first page lacks '$word'"
  done
  # No replacement characters or tofu: every character of the first page maps back to text.
  ! grep -q $'\xef\xbf\xbd' <<<"$text" || fail "$lang: the first page has U+FFFD where a character was lost"

  # The radar's labels are printed as text, every line of each (the browser test checks that none
  # reaches outside the chart).
  pdftotext "$pdf" - | tr -d ' \n' >"$work/all-$lang.txt"
  grep -qF "${radar_heading[$lang]// /}" "$work/all-$lang.txt" || fail "$lang: the category scores are not printed"
  python3 - "$html" "$work/all-$lang.txt" "$lang" <<'EOF' || status=1
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
printed, lang = open(sys.argv[2], encoding="utf-8").read(), sys.argv[3]
radar = page[page.index('<svg class="chart radar-chart"'):]
radar = radar[:radar.index("</svg>")]
lines = [html.unescape(t) for t in re.findall(r'<tspan [^>]*>([^<]*)</tspan>', radar)]
missing = [line for line in lines if line.replace(" ", "") not in printed]
if len(lines) < 3 or missing:
    print(f"FAIL: {lang}: radar label lines not printed: {missing} (of {len(lines)})")
    sys.exit(1)
EOF

  pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "$work/page-$lang"
  png=$(ls "$work"/page-"$lang"*.png 2>/dev/null | head -1)
  [ -n "$png" ] && cp "$png" "/tmp/tenken-print-$lang.png" || fail "$lang: pdftoppm made no PNG"
  echo "pdf_print_test: $lang: $pages pages, fonts $(tr '\n' ' ' <<<"$names"), first page in /tmp/tenken-print-$lang.png"
done
[ $status = 0 ] && echo "pdf_print_test: all checks passed"
exit $status
