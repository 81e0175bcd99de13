#!/bin/sh
# plumb: runner create host=big
# from: big.plumb, create.plumb
# secrets: PLUMB_SECRET_VM_TOKEN (from the environment)
set -eu
mkdir -p vms/web1
cd vms/web1
mkdisk --size 2G --preallocate web1.img
export VM_NAME=web1
netup --bridge br0 web1
printf '%s\n' "${PLUMB_SECRET_VM_TOKEN}" | netauth web1
vmstart --disk web1.img "$VM_NAME"
