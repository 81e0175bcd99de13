#!/bin/sh
# plumb: petitecloud status host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/status.plumb
set -eu
VBoxManage showvminfo web1 --machinereadable | grep -q '^VMState="running"$'
