#!/bin/sh
# plumb: petitecloud create host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/create.plumb
set -eu
mkdir -p /vm/win1
cp /usr/local/share/uefi-firmware/BHYVE_UEFI_VARS.fd /vm/win1/BHYVE_UEFI_VARS.fd
