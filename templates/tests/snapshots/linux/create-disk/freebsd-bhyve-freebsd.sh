#!/bin/sh
# plumb: petitecloud create-disk host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/create-disk.plumb
set -eu
set -C
mkdir -p /vm/web1
: > /vm/web1/root.img
truncate -s 16G /vm/web1/root.img
: > /vm/web1/data.img
truncate -s 16G /vm/web1/data.img
