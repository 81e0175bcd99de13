#!/bin/sh
# plumb: petitecloud create-disk host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/create-disk.plumb
set -eu
set -C
mkdir -p /vm/fbsd1
: > /vm/fbsd1/disk0.img
truncate -s 20G /vm/fbsd1/disk0.img
