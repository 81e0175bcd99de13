#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
echo a \
  /vm
echo next
