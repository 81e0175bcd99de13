#!/bin/sh
# plumb: petitecloud create-disk host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/create-disk.plumb
set -eu
set -C
mkdir -p /vm/win1
: > /vm/win1/c.img
truncate -s 64G /vm/win1/c.img
