#!/usr/bin/env bash
# Regenerates the shell completion scripts (completions/) and the man page (docs/man/factquiz.1)
# from factquiz's argument parser. Run after adding or changing a command or option; the test
# suite (DocsAreCurrentTests) fails while they are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product factquiz
bin="$(swift build --show-bin-path)/factquiz"
"$bin" --generate-completion-script bash > completions/factquiz.bash
"$bin" --generate-completion-script zsh > completions/_factquiz
"$bin" --generate-completion-script fish > completions/factquiz.fish
# The man page comes from swift-argument-parser's generate-manual plugin; a fixed date keeps
# the file unchanged until the commands change.
swift package generate-manual --configuration debug --date 2026-01-01 --authors "factquiz contributors"
mkdir -p docs/man
cp .build/plugins/GenerateManual/outputs/QuizApp/factquiz.1 docs/man/factquiz.1
echo "completions/ and docs/man/factquiz.1 regenerated"
