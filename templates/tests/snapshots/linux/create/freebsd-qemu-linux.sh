#!/bin/sh
# plumb: petitecloud create host=freebsd hypervisor=qemu guest=linux
# from: qemu/create.plumb
set -eu
mkdir -p /vm/web1
