"""Packaging beyond what pyproject.toml can say: ship the top-level ``resources/`` folder
(the Fashion-MNIST sample, the translations) inside the wheel as
``resnet_studio/resources``, so a normal ``pip install .`` trains offline and speaks
Chinese. Everything else (name, dependencies, scripts) is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["resnet_studio", "resnet_studio.*"]),
              "resnet_studio.resources"],
    package_dir={"resnet_studio.resources": "resources"},
    package_data={"resnet_studio.resources": ["**/*"]},
    include_package_data=False,
)
