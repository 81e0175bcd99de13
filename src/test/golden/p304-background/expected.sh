#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
bhyve web1 &
echo ok 2>&1 >&2
