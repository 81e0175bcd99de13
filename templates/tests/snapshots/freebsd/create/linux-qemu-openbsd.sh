#!/bin/sh
# plumb: petitecloud create host=linux hypervisor=qemu guest=openbsd
# from: qemu/create.plumb
set -eu
mkdir -p /vm/fbsd1
