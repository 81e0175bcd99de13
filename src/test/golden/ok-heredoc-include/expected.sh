#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
cat > /vm/notes <<EOF
echo \$(touch canary)
EOF
