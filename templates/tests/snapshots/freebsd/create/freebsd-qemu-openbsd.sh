#!/bin/sh
# plumb: petitecloud create host=freebsd hypervisor=qemu guest=openbsd
# from: qemu/create.plumb
set -eu
mkdir -p /vm/fbsd1
