#!/bin/sh
# plumb: petitecloud create host=linux hypervisor=virtualbox guest=freebsd
# from: virtualbox/create.plumb
set -eu
VBoxManage createvm --name=web1 \
  --ostype=FreeBSD_64 \
  --basefolder=/vm --register
VBoxManage modifyvm web1 \
  --rtcuseutc=on \
  --memory=1024 --cpus=2 --ioapic=on
VBoxManage modifyvm web1 --nic1=bridged --bridgeadapter1=bridge0 --macaddress1=589cfc000002
VBoxManage storagectl web1 --name=SATA --add=sata --controller=IntelAhci --portcount=3
VBoxManage storageattach web1 --storagectl=SATA --port=0 --device=0 --type=hdd --medium=/vm/web1/root.img
VBoxManage storageattach web1 --storagectl=SATA --port=1 --device=0 --type=hdd --medium=/vm/web1/data.img
VBoxManage storageattach web1 --storagectl=SATA --port=2 --device=0 --type=dvddrive --medium=emptydrive
