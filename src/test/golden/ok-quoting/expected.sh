#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
echo 'it'\''s $HOME `id` "q" \ *' "it's \$HOME \`id\` \"q\" \\ *" x'it'\''s $HOME `id` "q" \ *'y
cat <<EOF
note: it's \$HOME \`id\` "q" \\ *
EOF
cat <<'EOF'
note: it's $HOME `id` "q" \ *
EOF
printf '%s\n' '/a b' '/c'\''d' /plain
