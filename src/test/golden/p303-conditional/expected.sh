#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
test -e /vm && echo yes
test -e /vm || echo no
! false
echo "a && b"
