#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
{ echo a; echo b; }
(cd /tmp)
find . -exec echo {} +
