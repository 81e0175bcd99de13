#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: child.plumb, root.plumb
set -eu
cat > /vm/notes <<EOF
echo \$(touch canary)
EOF
