#!/bin/sh
# plumb: petitecloud create host=linux hypervisor=qemu guest=freebsd
# from: qemu/create.plumb
set -eu
mkdir -p /vm/fbsd1
