#!/bin/sh
# plumb: petitecloud create host=linux hypervisor=qemu guest=openbsd
# from: qemu/create.plumb
set -eu
mkdir -p /vm/win1
cp /usr/share/OVMF/OVMF_VARS_4M.fd /vm/win1/uefi-vars.fd
