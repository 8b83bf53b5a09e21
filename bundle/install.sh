#!/usr/bin/env bash
# Oyla classroom installer for Linux x86_64: installs from the wheels in files/linux, with no internet. A Python
# virtualenv is built in a temporary folder, checked, and only then renamed into place, so a failed or interrupted
# install never leaves a half-installed Oyla (an older Oyla keeps working).
#   bash install.sh                 for this user: ~/.local/opt/oyla, a menu entry and a desktop icon
#   bash install.sh --portable      onto the USB stick: <bundle>/Oyla-portable, pupils' data in Oyla-portable/OylaData
#   bash install.sh --target DIR    another folder
set -euo pipefail
bundle=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
files=$bundle/files
wheels=$files/linux
portable=0
target=""
while [ $# -gt 0 ]; do
    case $1 in
        --portable) portable=1 ;;
        --target) target=${2:?--target needs a folder}; shift ;;
        *) echo "usage: bash install.sh [--portable] [--target DIR]" >&2; exit 2 ;;
    esac
    shift
done
say() { printf '%s\n  RU: %s\n  KK: %s\n' "$1" "$2" "$3"; }
fail() {
    printf '\nOyla was NOT installed. / Oyla НЕ установлена. / Oyla орнатылған жоқ.\n' >&2
    say "$@" >&2
    exit 1
}

# 1. The bundle must be complete: the wheels folder travels with install.sh.
oyla_wheel=$(ls "$files"/oyla-*.whl 2>/dev/null | head -n 1 || true)
if [ ! -f "$wheels/requirements.txt" ] || ! ls "$wheels"/*.whl >/dev/null 2>&1 || [ -z "$oyla_wheel" ]; then
    fail "The folder with Oyla's program files is missing or incomplete: $wheels. Copy the WHOLE Oyla folder (with 'files' inside) from the USB stick, then run install.sh again." \
         "Папка с файлами программы Oyla отсутствует или неполная: $wheels. Скопируйте с флешки ВСЮ папку Oyla (вместе с папкой 'files') и снова запустите install.sh." \
         "Oyla бағдарлама файлдары бар қалта жоқ немесе толық емес: $wheels. Флешкадан Oyla қалтасын ТОЛЫҚ ('files' қалтасымен бірге) көшіріп, install.sh-ты қайта іске қосыңыз."
fi
version=$(basename "$oyla_wheel" | cut -d- -f2)

# 2. A 64-bit CPython whose version this bundle has wheels for.
mapfile -t wanted < "$wheels/pythons.txt"
python=""
seen=""
for candidate in $(printf 'python%s\n' "${wanted[@]}" | sort -rV) python3; do
    command -v "$candidate" >/dev/null || continue
    found=$("$candidate" -c 'import platform, struct, sys; print("%d.%d %s %d" % (sys.version_info[:2] + (platform.python_implementation(), struct.calcsize("P") * 8)))' 2>/dev/null) || continue
    seen="$seen $candidate=${found// /,}"
    for v in "${wanted[@]}"; do
        [ "$found" = "$v CPython 64" ] && { python=$(command -v "$candidate"); break 2; }
    done
done
if [ -z "$python" ]; then
    fail "Oyla needs Python ${wanted[*]} (64-bit). Found:${seen:- none}. Install it (Debian/Ubuntu: sudo apt-get install python3 python3-venv), then run install.sh again." \
         "Для Oyla нужен Python ${wanted[*]} (64-бит). Найдено:${seen:- нет}. Установите его и снова запустите install.sh." \
         "Oyla-ға Python ${wanted[*]} (64-бит) керек. Табылғаны:${seen:- жоқ}. Оны орнатып, install.sh-ты қайта іске қосыңыз."
fi
echo "Python: $python"

# 3. Where to install, and may we write there?
if [ -z "$target" ]; then
    if [ $portable = 1 ]; then target=$bundle/Oyla-portable; else target=$HOME/.local/opt/oyla; fi
fi
mkdir -p -- "$target" 2>/dev/null && touch -- "$target/.write-test" 2>/dev/null && rm -f -- "$target/.write-test" \
    || fail "Cannot write to $target (no permission). Run install.sh without --target to install for your own user." \
            "Нет прав на запись в $target. Запустите install.sh без --target (установка для своего пользователя)." \
            "$target қалтасына жазуға рұқсат жоқ. install.sh-ты --target-сыз іске қосыңыз."
target=$(cd -- "$target" && pwd)
venv=$target/venv
[ -d "$venv" ] && say "Oyla is already installed in $target; it is replaced once the new one is ready (pupils' work is kept)." \
    "Oyla уже установлена в $target; она будет заменена, когда новая будет готова (работы учеников сохранятся)." \
    "Oyla $target қалтасында орнатылған; жаңасы дайын болғанда ауыстырылады (оқушылардың жұмыстары сақталады)."

# 4. Build the new virtualenv beside the old one, offline, from the bundle's wheels only.
new=$(mktemp -d "$target/venv-new-XXXXXX")
cleanup() { if [ -n "${new:-}" ]; then rm -rf -- "$new"; fi; }
trap cleanup EXIT
for var in $(compgen -e | grep '^PIP_' || true); do unset "$var"; done
export PIP_CONFIG_FILE=/dev/null PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1  # only this bundle's wheels
echo "Installing Oyla (a few minutes) / Установка Oyla (несколько минут) / Oyla орнатылуда (бірнеше минут)..."
copies=()
[ $portable = 1 ] && copies=(--copies)  # USB sticks (FAT, exFAT) have no symbolic links
"$python" -m venv "${copies[@]}" "$new" || fail "python -m venv failed (Debian/Ubuntu: sudo apt-get install python3-venv)." \
    "python -m venv не сработал (Debian/Ubuntu: sudo apt-get install python3-venv)." \
    "python -m venv орындалмады (Debian/Ubuntu: sudo apt-get install python3-venv)."
"$new/bin/python" -m pip install -q --no-index --find-links "$wheels" --require-hashes --no-deps -r "$wheels/requirements.txt" \
    || fail "Installing the wheels failed (see above); nothing was changed." "Установка не удалась (см. выше); ничего не изменено." \
            "Орнату сәтсіз аяқталды (жоғарыда қараңыз); ештеңе өзгерген жоқ."
"$new/bin/python" -m pip install -q --no-index --no-deps "$oyla_wheel" \
    || fail "Installing $(basename "$oyla_wheel") failed; nothing was changed." "Установка не удалась; ничего не изменено." \
            "Орнату сәтсіз аяқталды; ештеңе өзгерген жоқ."
if ! check=$(QT_QPA_PLATFORM=offscreen "$new/bin/python" -c 'import torch, onnxruntime, cv2, PySide6.QtWidgets, app.resources' 2>&1); then
    fail "The installed Oyla does not start: $check. Missing system libraries? (Debian/Ubuntu: sudo apt-get install libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 fontconfig)" \
         "Установленная Oyla не запускается. Не хватает системных библиотек? (см. английский текст)" \
         "Орнатылған Oyla іске қосылмайды. Жүйелік кітапханалар жетіспей ме? (ағылшынша мәтінді қараңыз)"
fi
[ $portable = 1 ] && echo "The data folder is OylaData beside this folder." > "$new/oyla-portable.txt"

# 5. Swap it in (a running Oyla keeps its old files until it is closed).
old=""
if [ -d "$venv" ]; then
    old=$(mktemp -u "$target/venv-old-XXXXXX")
    mv -- "$venv" "$old"
fi
if ! mv -- "$new" "$venv"; then
    [ -n "$old" ] && mv -- "$old" "$venv"
    fail "Could not put the new Oyla in place; the previous state was restored." "Не удалось установить новую Oyla; прежнее состояние восстановлено." \
         "Жаңа Oyla-ны орнына қою мүмкін болмады; бұрынғы күйі қалпына келтірілді."
fi
new=""
[ -n "$old" ] && rm -rf -- "$old"
cp -- "$bundle/uninstall.sh" "$target/uninstall.sh"
echo "$version" > "$target/version.txt"

# 6. Start with "python -m app" (a venv's bin/ scripts hold absolute paths; this survives the rename and the stick).
if [ $portable = 1 ]; then
    launcher=$bundle/start-oyla.sh
    if [ "$target" = "$bundle/Oyla-portable" ]; then
        printf '#!/bin/sh\n# Starts the Oyla on this USB stick (install.sh --portable); data in Oyla-portable/OylaData.\nexec "$(dirname "$0")/Oyla-portable/venv/bin/python" -m app "$@"\n' > "$launcher"
        chmod +x "$launcher" 2>/dev/null || true
    fi
else
    # The menu entry from the app's own template (assets/oyla.desktop), written by the installed Python so that any
    # folder name (spaces, Cyrillic letters, quotes) is escaped as the desktop-entry format wants.
    apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
    desktop=$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
    OYLA_VENV=$venv "$venv/bin/python" - "$apps" "$desktop" <<'PY'
import os, sys
from pathlib import Path
from app.resources import asset

def quoted(arg):  # desktop-entry Exec: quote, escape \ " ` $, then the string escape doubles every backslash
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return ('"' + inner + '"').replace("\\", "\\\\").replace("%", "%%")

python = Path(os.environ["OYLA_VENV"]) / "bin" / "python"
icon = asset("oyla-256.png") or asset("oyla.svg")
text = asset("oyla.desktop").read_text(encoding="utf-8")
text = text.replace("@EXEC@", quoted(str(python)) + " -m app").replace("@ICON@", str(icon).replace("\\", "\\\\"))
for folder in map(Path, sys.argv[1:]):
    if folder == Path(sys.argv[1]) or folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        entry = folder / "oyla.desktop"
        entry.write_text(text, encoding="utf-8")
        entry.chmod(0o755)
        print(f"menu entry: {entry}")
PY
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" 2>/dev/null || true
fi

printf '\nOyla %s is installed. / Oyla %s установлена. / Oyla %s орнатылды.\n' "$version" "$version" "$version"
if [ $portable = 1 ]; then
    say "Start it with start-oyla.sh on the stick; pupils' work is saved in $target/OylaData." \
        "Запускайте start-oyla.sh на флешке; работы учеников сохраняются в $target/OylaData." \
        "Флешкадағы start-oyla.sh арқылы іске қосыңыз; оқушылардың жұмыстары $target/OylaData қалтасында сақталады."
else
    say "Start it from the applications menu (Oyla) or with: $venv/bin/python -m app" \
        "Запускайте из меню приложений (Oyla) или командой: $venv/bin/python -m app" \
        "Қолданбалар мәзірінен (Oyla) немесе мына командамен іске қосыңыз: $venv/bin/python -m app"
fi
exit 0
