#!/bin/sh
# plumb: petitecloud create host=linux hypervisor=qemu guest=linux
# from: qemu/create.plumb
set -eu
mkdir -p /vm/fbsd1
