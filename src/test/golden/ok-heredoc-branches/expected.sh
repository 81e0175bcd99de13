#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
cat > /vm/notes <<EOF
note: \$(touch canary)
disk /vm/web1/disk0.img
EOF
: > /vm/linux
