<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BlockRow</name>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="84" />
            <source>Block %1</source>
            <translation>块 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="85" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="86" />
            <source>Shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="87" />
            <source>Block stride</source>
            <translation>块步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="89" />
            <source>This block's stride. 'stage' follows the stage: the first block uses the stage's stride, the others 1. Stride 2 halves the height and width.</source>
            <translation>此块的步幅。“阶段”表示跟随阶段设置：第一个块使用阶段的步幅，其余块为 1。步幅 2 使高度和宽度减半。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="92" />
            <source>This block's shortcut. 'stage rule' follows the stage's setting; identity adds x unchanged, a 1x1 projection reshapes x, none drops the shortcut.</source>
            <translation>此块的捷径连接。“阶段规则”表示跟随阶段设置；恒等映射直接加上 x，1x1 投影会变换 x 的形状，无则去掉捷径连接。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="98" />
            <source>stage (%1)</source>
            <translation>阶段 (%1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="100" />
            <source>stage rule (%1)</source>
            <translation>阶段规则 (%1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="101" />
            <location filename="../../resnet_studio/ui/stage_card.py" line="109" />
            <source>identity</source>
            <translation>恒等映射</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="101" />
            <location filename="../../resnet_studio/ui/stage_card.py" line="109" />
            <source>1x1 projection</source>
            <translation>1x1 投影</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="101" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="110" />
            <source>no shortcut</source>
            <translation>无捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="114" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="118" />
            <source>Stage %1, block %2: stride %3</source>
            <translation>阶段 %1，块 %2：步幅 %3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="119" />
            <source>stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="125" />
            <source>Stage %1, block %2: shortcut %3</source>
            <translation>阶段 %1，块 %2：捷径连接 %3</translation>
        </message>
    </context>
    <context>
        <name>ConfusionView</name>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="119" />
            <source>Confusion matrix and per-class accuracy (held-out)</source>
            <translation>混淆矩阵与各类别精度（留出集）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="120" />
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="121" />
            <source>predicted class</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="122" />
            <source>accuracy</source>
            <translation>精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="124" />
            <source>Shown after the first epoch.</source>
            <translation>第一轮结束后显示。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="159" />
            <source>%1 of %2 held-out images right (%3)</source>
            <translation>留出集 %2 张图像中 %1 张预测正确 (%3)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="201" />
            <source>true %1, predicted %2: %3 images (%4 of the class)</source>
            <translation>真实 %1，预测 %2：%3 张图像（占该类 %4）</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="21" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="24" />
            <source>Your changes are lost if you don't save them.</source>
            <translation>如果不保存，你的更改将会丢失。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="32" />
            <source>It was never saved to a file.</source>
            <translation>它从未保存到文件。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="33" />
            <source>Recover unsaved design?</source>
            <translation>恢复未保存的设计？</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="38" />
            <source>Recover</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="39" />
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="22" />
            <source>Save the changes to “%1” before closing it?</source>
            <translation>关闭前是否保存对“%1”的更改？</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="32" />
            <source>It belongs to %1.</source>
            <translation>它属于 %1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="34" />
            <source>ResNet Studio closed without saving “%1” (autosaved %2).</source>
            <translation>ResNet Studio 关闭时未保存“%1”（已于 %2 自动保存）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/dialogs.py" line="37" />
            <source>Recover it? (No deletes the autosave.)</source>
            <translation>是否恢复？（选“否”将删除自动保存。）</translation>
        </message>
    </context>
    <context>
        <name>EditorPane</name>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="149" />
            <source>Set %1 to %2</source>
            <translation>将 %1 设为 %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="161" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="187" />
            <source>max-pool</source>
            <translation>最大池化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="225" />
            <source>conv bias</source>
            <translation>卷积偏置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="228" />
            <source>BatchNorm on the projection</source>
            <translation>投影上的批量归一化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="232" />
            <source>Design</source>
            <translation>设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="233" />
            <source>Input image</source>
            <translation>输入图像</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="234" />
            <source>Stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="235" />
            <source>Head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="236" />
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="237" />
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="238" />
            <location filename="../../resnet_studio/ui/editor.py" line="396" />
            <source>Add stage</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="240" />
            <source>Append a stage with twice the channels of the last one and stride 2.</source>
            <translation>在末尾添加一个阶段，通道数为上一阶段的两倍，步幅为 2。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="242" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="242" />
            <source>The design's name, saved in its file.</source>
            <translation>设计的名称，随文件保存。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="243" />
            <location filename="../../resnet_studio/ui/editor.py" line="253" />
            <source>Channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="244" />
            <source>Channels of the input image: 1 for grey-scale (Fashion-MNIST), 3 for colour.</source>
            <translation>输入图像的通道数：灰度图（Fashion-MNIST）为 1，彩色图为 3。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="245" />
            <source>Height</source>
            <translation>高度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="246" />
            <source>Input height in pixels. d2l trains Fashion-MNIST resized to 96; torchvision uses 224.</source>
            <translation>输入高度（像素）。d2l 将 Fashion-MNIST 缩放到 96 训练；torchvision 使用 224。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="248" />
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="248" />
            <source>Input width in pixels.</source>
            <translation>输入宽度（像素）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="249" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="250" />
            <source>imagenet: 7x7 conv with stride 2, then a 3x3 max-pool with stride 2 (the size shrinks by 4). cifar: a 3x3 conv with stride 1 and no pool, for small images. custom: your own numbers below.</source>
            <translation>imagenet：步幅为 2 的 7x7 卷积，再接步幅为 2 的 3x3 最大池化（尺寸缩小为 1/4）。cifar：步幅为 1 的 3x3 卷积，无池化，适合小图像。自定义：使用下面你自己填写的数值。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="254" />
            <source>Output channels of the stem's conv (64 in ResNet-18).</source>
            <translation>主干层卷积的输出通道数（ResNet-18 中为 64）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="255" />
            <source>Kernel</source>
            <translation>卷积核</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="256" />
            <source>Size k of the stem conv's square window.</source>
            <translation>主干层卷积方形窗口的大小 k。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="257" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="258" />
            <source>Step s of the window: 2 halves the height and width. Output size: floor((H + 2p - k)/s) + 1.</source>
            <translation>窗口的步幅 s：2 使高度和宽度减半。输出尺寸：floor((H + 2p - k)/s) + 1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="260" />
            <source>Padding</source>
            <translation>填充</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="261" />
            <source>Zeros p added on each side of the input before the conv.</source>
            <translation>卷积前在输入每一侧补上的 p 个零。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="262" />
            <source>Pool kernel</source>
            <translation>池化核</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="262" />
            <source>Window of the max-pool.</source>
            <translation>最大池化的窗口大小。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="263" />
            <source>Pool stride</source>
            <translation>池化步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="264" />
            <source>Step of the max-pool: 2 halves the size.</source>
            <translation>最大池化的步幅：2 使尺寸减半。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="265" />
            <source>Pool padding</source>
            <translation>池化填充</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="266" />
            <source>Padding of the max-pool: at most half its kernel.</source>
            <translation>最大池化的填充：最多为池化核的一半。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="267" />
            <source>Classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="268" />
            <source>Outputs of the final linear layer, one per class (10 for Fashion-MNIST).</source>
            <translation>最后全连接层的输出数，每个类别一个（Fashion-MNIST 为 10）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="276" />
            <source>input channels</source>
            <translation>输入通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="277" />
            <source>input height</source>
            <translation>输入高度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="278" />
            <source>input width</source>
            <translation>输入宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="279" />
            <source>classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="280" />
            <source>stem %1</source>
            <translation>主干层%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="281" />
            <source>Max-pool after the conv</source>
            <translation>卷积后接最大池化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="283" />
            <source>A max-pool after the stem's conv, BN and ReLU (ImageNet ResNets: 3x3, stride 2).</source>
            <translation>在主干层的卷积、BN 和 ReLU 之后接一个最大池化（ImageNet 上的 ResNet：3x3，步幅 2）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="284" />
            <source>imagenet: 7x7/2 + max-pool</source>
            <translation>imagenet：7x7/2 + 最大池化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="285" />
            <source>cifar: 3x3/1, no pool</source>
            <translation>cifar：3x3/1，无池化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="285" />
            <source>custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="286" />
            <source>Bias in the convs</source>
            <translation>卷积带偏置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="288" />
            <source>Give every conv a bias term, as d2l does. torchvision leaves it out because a BatchNorm follows each conv.</source>
            <translation>像 d2l 那样为每个卷积加上偏置项。torchvision 不加，因为每个卷积后都跟着批量归一化。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="290" />
            <source>BatchNorm after the 1x1 projection</source>
            <translation>1x1 投影后接批量归一化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="292" />
            <source>Normalise the shortcut's 1x1 conv output (torchvision does, d2l does not).</source>
            <translation>对捷径连接上 1x1 卷积的输出做批量归一化（torchvision 这样做，d2l 不做）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="327" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="392" />
            <source>Stem: %1</source>
            <translation>主干层：%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="400" />
            <source>Duplicate stage %1</source>
            <translation>复制阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="405" />
            <source>Remove stage %1</source>
            <translation>删除阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor.py" line="409" />
            <source>Move stage %1</source>
            <translation>移动阶段 %1</translation>
        </message>
    </context>
    <context>
        <name>ExportError</name>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="folder_missing" />
            <source>{path}: the folder {folder} does not exist.</source>
            <translation>{path}：文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="folder_missing" />
            <source>Create the folder first, or choose another place to save.</source>
            <translation>请先创建该文件夹，或选择其他保存位置。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="write_failed" />
            <source>{path}: cannot write the file ({reason}).</source>
            <translation>{path}：无法写入文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="write_failed" />
            <source>Choose a folder you can write to, or free some disk space.</source>
            <translation>请选择可写入的文件夹，或释放一些磁盘空间。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="read_failed" />
            <source>{path}: cannot be read ({reason}).</source>
            <translation>{path}：无法读取（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="read_failed" />
            <source>Check the path and the file's permissions.</source>
            <translation>请检查路径和文件权限。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="not_a_checkpoint" />
            <source>{path}: not a ResNet Studio checkpoint or a PyTorch state_dict ({reason}).</source>
            <translation>{path}：不是 ResNet Studio 检查点或 PyTorch state_dict（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="not_a_checkpoint" />
            <source>Choose a checkpoint.pt from a run folder, or a .pth file saved with torch.save(model.state_dict(), path).</source>
            <translation>请选择运行文件夹中的 checkpoint.pt，或用 torch.save(model.state_dict(), path) 保存的 .pth 文件。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="weights_mismatch" />
            <source>{path}: the weights do not fit the design '{design}': {summary}.
{details}</source>
            <translation>{path}：权重与设计 '{design}' 不匹配：{summary}。
{details}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="weights_mismatch" />
            <source>Choose the design (preset) the weights were saved from{hint}.</source>
            <translation>请选择保存这些权重时所用的设计（预设）{hint}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="no_matching_preset" />
            <source>{path}: no torchvision ResNet preset fits these weights; the closest, '{design}', has {summary}.
{details}</source>
            <translation>{path}：没有与这些权重匹配的 torchvision ResNet 预设；最接近的 '{design}' 有 {summary}。
{details}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="no_matching_preset" />
            <source>Use a state_dict saved from torchvision.models.resnet18/34/50/101/152, resnext50_32x4d or wide_resnet50_2, or name the design it belongs to.</source>
            <translation>请使用从 torchvision.models.resnet18/34/50/101/152、resnext50_32x4d 或 wide_resnet50_2 保存的 state_dict，或指明它所属的设计。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="unknown_format" />
            <source>Unknown export format '{value}'.</source>
            <translation>未知的导出格式 '{value}'。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="unknown_format" />
            <source>Choose one of: {choices}.</source>
            <translation>请从以下选项中选择：{choices}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="onnx_missing" />
            <source>ONNX export needs the 'onnx' package, which is not installed.</source>
            <translation>ONNX 导出需要 'onnx' 包，但尚未安装。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="onnx_missing" />
            <source>Install the ONNX extra: pip install "resnet-studio[onnx]".</source>
            <translation>请安装 ONNX 扩展：pip install "resnet-studio[onnx]"。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="onnx_failed" />
            <source>The ONNX export failed: {reason}</source>
            <translation>ONNX 导出失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="onnx_failed" />
            <source>Try another opset (--opset), or export TorchScript or the state_dict instead.</source>
            <translation>请尝试其他 opset (--opset)，或改为导出 TorchScript 或 state_dict。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="outputs_differ" />
            <source>The exported {format} model's outputs differ from torch's by up to {diff:.3g} (allowed {tolerance:.3g}); nothing was written.</source>
            <translation>导出的 {format} 模型输出与 torch 的输出最多相差 {diff:.3g}（允许 {tolerance:.3g}）；未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="outputs_differ" />
            <source>Export the state_dict or the Python code instead, and report this design.</source>
            <translation>请改为导出 state_dict 或 Python 代码，并报告此设计。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="torchscript_failed" />
            <source>The TorchScript export failed: {reason}</source>
            <translation>TorchScript 导出失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="torchscript_failed" />
            <source>Export the state_dict or the Python code instead.</source>
            <translation>请改为导出 state_dict 或 Python 代码。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="metrics_missing" />
            <source>{path}: no metrics.jsonl here, so there are no metrics to export.</source>
            <translation>{path}：此处没有 metrics.jsonl，因此没有可导出的指标。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="metrics_missing" />
            <source>Choose a run folder that has trained for at least one step.</source>
            <translation>请选择至少训练过一步的运行文件夹。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="metrics_unreadable" />
            <source>{path}: line {line} is not a JSON object ({reason}).</source>
            <translation>{path}：第 {line} 行不是 JSON 对象（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="metrics_unreadable" />
            <source>The run's metrics log is damaged; export an earlier run or train again.</source>
            <translation>该运行的指标日志已损坏；请导出更早的运行或重新训练。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="tensorboard_missing" />
            <source>TensorBoard logging needs the 'tensorboard' package, which is not installed.</source>
            <translation>TensorBoard 日志需要 'tensorboard' 包，但尚未安装。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="tensorboard_missing" />
            <source>Install it: pip install "resnet-studio[tensorboard]", then run tensorboard --logdir {logdir}.</source>
            <translation>请安装：pip install "resnet-studio[tensorboard]"，然后运行 tensorboard --logdir {logdir}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="engine_missing" />
            <source>This needs the training engine ({module}), which is not available: {reason}</source>
            <translation>这需要训练引擎 ({module})，但它不可用：{reason}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="engine_missing" />
            <source>Reinstall ResNet Studio.</source>
            <translation>请重新安装 ResNet Studio。</translation>
        </message>
    </context>
    <context>
        <name>FeatureMapsView</name>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="280" />
            <source>Click an image in the gallery to see what each stage makes of it. Shown after the first epoch.</source>
            <translation>点击图库中的一张图像，查看每个阶段从中提取了什么。第一轮结束后显示。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="306" />
            <source>Held-out image %1 (a %2): predicted %3, %4 sure. Each grid shows a stage's output channels, each scaled on its own.</source>
            <translation>留出集图像 %1（%2）：预测为 %3，置信度 %4。每个网格显示一个阶段的输出通道，各通道单独缩放。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="315" />
            <source>input image (%1)</source>
            <translation>输入图像 (%1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="323" />
            <source>%1 output %2: %3 of %4 channels</source>
            <translation>%1 输出 %2：%4 个通道中的 %3 个</translation>
        </message>
    </context>
    <context>
        <name>FieldSpin</name>
        <message>
            <location filename="../../resnet_studio/ui/fields.py" line="85" />
            <source>%1 must be between %2 and %3: %4 was set to %5.</source>
            <translation>%1 必须在 %2 到 %3 之间：%4 已改为 %5。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/fields.py" line="86" />
            <source>This value</source>
            <translation>此值</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="264" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="266" />
            <source>System default (%1)</source>
            <translation>跟随系统 (%1)</translation>
        </message>
    </context>
    <context>
        <name>MetricPlot</name>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="203" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="204" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="205" />
            <source>Save this plot as a picture or its data as CSV</source>
            <translation>将此图保存为图片，或将其数据保存为 CSV</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="206" />
            <source>Picture (PNG)…</source>
            <translation>图片 (PNG)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="207" />
            <source>Data (CSV)…</source>
            <translation>数据 (CSV)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="208" />
            <source>Move the mouse over the plot to read a point</source>
            <translation>将鼠标移到图上可读取数据点</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="284" />
            <source>%1 — epoch %2: %3</source>
            <translation>%1 — 第 %2 轮：%3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="316" />
            <source>Could not write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="332" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="332" />
            <source>CSV data (*.csv)</source>
            <translation>CSV 数据 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="333" />
            <source>Export plot</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/plots.py" line="340" />
            <source>Export failed: %1</source>
            <translation>导出失败：%1</translation>
        </message>
    </context>
    <context>
        <name>PredictionGallery</name>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="244" />
            <source>held-out image %1: %2, predicted correctly (%3 sure)</source>
            <translation>留出集图像 %1：%2，预测正确（置信度 %3）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/insight_views.py" line="249" />
            <source>held-out image %1: a %2 predicted as %3 (%4 sure)</source>
            <translation>留出集图像 %1：%2 被预测为 %3（置信度 %4）</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="56" />
            <source>design</source>
            <translation>设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="56" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="53" />
            <source>stage %1</source>
            <translation>阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="55" />
            <source>block %1</source>
            <translation>块 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="value_not_positive" />
            <source>{where}: {field} must be at least {minimum}, got {value}.</source>
            <translation>{where}：{field} 至少应为 {minimum}，当前为 {value}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="value_not_positive" />
            <source>Set {field} to {minimum} or more.</source>
            <translation>将 {field} 设为 {minimum} 或更大。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="value_too_large" />
            <source>{where}: {field} is {value}, above the limit of {maximum}.</source>
            <translation>{where}：{field} 为 {value}，超过上限 {maximum}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="value_too_large" />
            <source>Set {field} to {maximum} or less.</source>
            <translation>将 {field} 设为 {maximum} 或更小。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="bad_choice" />
            <source>{where}: {field} is '{value}', which is not one of {choices}.</source>
            <translation>{where}：{field} 为 '{value}'，不是 {choices} 之一。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="bad_choice" />
            <source>Choose one of {choices}.</source>
            <translation>请从 {choices} 中选择一个。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="no_stages" />
            <source>The design has no stages.</source>
            <translation>该设计没有任何阶段。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="no_stages" />
            <source>Add at least one stage.</source>
            <translation>至少添加一个阶段。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="identity_shape_mismatch" />
            <source>{where}: an identity shortcut cannot add x {in_shape} to F(x) {out_shape}: {reason}.</source>
            <translation>{where}：恒等映射捷径无法将 x {in_shape} 与 F(x) {out_shape} 相加：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="identity_shape_mismatch" />
            <source>Enable a 1x1 projection shortcut here (shortcut 'projection' or 'auto').</source>
            <translation>在此启用 1x1 卷积投影捷径（捷径连接设为 'projection' 或 'auto'）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="bottleneck_channels" />
            <source>{where}: a bottleneck stage's output channels ({channels}) must be a multiple of its expansion ({expansion}).</source>
            <translation>{where}：瓶颈块阶段的输出通道数 ({channels}) 必须是其扩展倍数 ({expansion}) 的整数倍。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="bottleneck_channels" />
            <source>Use {suggestion} output channels.</source>
            <translation>使用 {suggestion} 个输出通道。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="groups_mismatch" />
            <source>{where}: the grouped 3x3 conv has {width} channels, which {groups} groups do not divide.</source>
            <translation>{where}：分组 3x3 卷积有 {width} 个通道，不能被 {groups} 个分组整除。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="groups_mismatch" />
            <source>Choose groups that divide {width}, or change width per group.</source>
            <translation>选择能整除 {width} 的分组数，或修改每组宽度。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="spatial_too_small" />
            <source>{where}: the feature map shrinks to {height}x{width} at {layer}; floor(({size} + 2*{padding} - {kernel})/{stride}) + 1 &lt; 1.</source>
            <translation>{where}：特征图在 {layer} 处缩小为 {height}x{width}；floor(({size} + 2*{padding} - {kernel})/{stride}) + 1 &lt; 1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="spatial_too_small" />
            <source>Use an input of at least {min_input}x{min_input}, fewer stride-2 layers, or a smaller kernel.</source>
            <translation>使用至少 {min_input}x{min_input} 的输入、减少步幅为 2 的层，或使用更小的卷积核。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="design_too_large" />
            <source>The design would have about {params} parameters ({weight_gb} GB of weights), above the limit of {limit}.</source>
            <translation>该设计约有 {params} 个参数（权重 {weight_gb} GB），超过上限 {limit}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="design_too_large" />
            <source>Reduce the channels or the number of blocks.</source>
            <translation>减少通道数或块数。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="activations_too_large" />
            <source>One forward pass at {input} would hold about {activation_gb} GB of activations, above the limit of {limit_gb} GB.</source>
            <translation>输入为 {input} 时，一次前向传播约需 {activation_gb} GB 激活值，超过上限 {limit_gb} GB。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="activations_too_large" />
            <source>Use a smaller input or fewer channels.</source>
            <translation>使用更小的输入或更少的通道。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_not_found" />
            <source>{path}: no such file.</source>
            <translation>{path}：文件不存在。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_not_found" />
            <source>Check the path.</source>
            <translation>请检查路径。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_unreadable" />
            <source>{path}: cannot be read ({reason}).</source>
            <translation>{path}：无法读取（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_unreadable" />
            <source>Check the file's permissions.</source>
            <translation>请检查文件权限。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_not_json" />
            <source>{path}: not a JSON file ({reason}).</source>
            <translation>{path}：不是 JSON 文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_not_json" />
            <source>Open a ResNet Studio design (.json) saved by the studio or written by hand.</source>
            <translation>请打开由 ResNet Studio 保存或手写的 ResNet Studio 设计文件 (.json)。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_not_design" />
            <source>{path}: this JSON is not a ResNet Studio design (missing '{field}').</source>
            <translation>{path}：此 JSON 不是 ResNet Studio 设计（缺少 '{field}'）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_not_design" />
            <source>Open a file saved by ResNet Studio; see the design format in the README.</source>
            <translation>请打开由 ResNet Studio 保存的文件；设计文件格式见 README。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_version" />
            <source>{path}: design format version {version} is newer than this studio reads ({supported}).</source>
            <translation>{path}：设计格式版本 {version} 比本程序支持的版本 ({supported}) 更新。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="file_version" />
            <source>Update ResNet Studio.</source>
            <translation>请更新 ResNet Studio。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="field_type" />
            <source>{where}: field '{field}' should be {expected}, got {value}.</source>
            <translation>{where}：字段 '{field}' 应为{expected}，实际为 {value}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="field_type" />
            <source>Fix '{field}' in the file.</source>
            <translation>请修正文件中的 '{field}'。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="field_unknown" />
            <source>{where}: unknown field '{field}'.</source>
            <translation>{where}：未知字段 '{field}'。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="field_unknown" />
            <source>Remove '{field}' or check its spelling (known: {known}).</source>
            <translation>删除 '{field}' 或检查拼写（已知字段：{known}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="unknown_preset" />
            <source>No preset named '{name}'.</source>
            <translation>没有名为 '{name}' 的预设。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/problems.py" line="unknown_preset" />
            <source>Choose one of: {choices}.</source>
            <translation>请从以下选项中选择：{choices}。</translation>
        </message>
    </context>
    <context>
        <name>ProblemField</name>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="63" />
            <source>input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="64" />
            <source>stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="65" />
            <source>head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="66" />
            <source>input channels</source>
            <translation>输入通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="67" />
            <source>input height</source>
            <translation>输入高度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="68" />
            <source>input width</source>
            <translation>输入宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="69" />
            <source>input shape (N, C, H, W)</source>
            <translation>输入形状 (N, C, H, W)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="70" />
            <source>stem channels</source>
            <translation>主干层通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="71" />
            <source>stem kernel</source>
            <translation>主干层卷积核大小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="72" />
            <source>stem stride</source>
            <translation>主干层步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="73" />
            <source>stem padding</source>
            <translation>主干层填充</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="74" />
            <source>pool kernel</source>
            <translation>池化核大小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="75" />
            <source>pool stride</source>
            <translation>池化步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="76" />
            <source>pool padding</source>
            <translation>池化填充</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="77" />
            <source>classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="78" />
            <source>channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="79" />
            <source>blocks</source>
            <translation>块数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="80" />
            <source>stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="81" />
            <source>groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="82" />
            <source>width per group</source>
            <translation>每组宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="83" />
            <source>block kind</source>
            <translation>块类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="84" />
            <source>shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="85" />
            <source>bottleneck width (channels/4 * width per group/64 * groups)</source>
            <translation>瓶颈宽度 (channels/4 * width per group/64 * groups)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="87" />
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="88" />
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="89" />
            <source>a string</source>
            <translation>字符串</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="90" />
            <source>an object {...}</source>
            <translation>对象 {...}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="91" />
            <source>a list of stages</source>
            <translation>阶段列表</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/i18n.py" line="92" />
            <source>a list</source>
            <translation>列表</translation>
        </message>
    </context>
    <context>
        <name>StageCard</name>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="231" />
            <source>Stage %1</source>
            <translation>阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="232" />
            <source>Channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="232" />
            <source>Blocks</source>
            <translation>块数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="233" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="233" />
            <source>Block</source>
            <translation>块类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="234" />
            <source>Shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="234" />
            <source>Groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="235" />
            <source>Width/group</source>
            <translation>每组宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="236" />
            <source>channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="236" />
            <source>blocks</source>
            <translation>块数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="237" />
            <source>stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="237" />
            <source>block kind</source>
            <translation>块类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="238" />
            <source>shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="238" />
            <source>groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="239" />
            <source>width per group</source>
            <translation>每组宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="244" />
            <source>Stage %1 %2</source>
            <translation>阶段 %1 %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="247" />
            <source>Output channels of every block in this stage. For bottleneck blocks this is after the 4x expansion (ResNet-50's first stage has 256).</source>
            <translation>此阶段每个块的输出通道数。对瓶颈块而言是 4 倍扩展之后的通道数（ResNet-50 的第一个阶段为 256）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="249" />
            <source>How many residual blocks this stage stacks.</source>
            <translation>此阶段堆叠的残差块数量。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="251" />
            <source>Stride of the stage's first block: 2 halves the height and width (56x56 -&gt; 28x28); the other blocks use stride 1.</source>
            <translation>此阶段第一个块的步幅：2 使高度和宽度减半（56x56 -&gt; 28x28）；其余块的步幅为 1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="254" />
            <source>basic: two 3x3 convs (ResNet-18/34). bottleneck: 1x1 reduce, 3x3, 1x1 expand by 4 (ResNet-50 and deeper): fewer MACs per channel.</source>
            <translation>基本块：两个 3x3 卷积（ResNet-18/34）。瓶颈块：1x1 降维、3x3、1x1 扩展 4 倍（ResNet-50 及更深）：每个通道的乘加运算 (MACs) 更少。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="257" />
            <source>How x reaches the sum H(x) = F(x) + x. auto: identity where the shape stays, a 1x1 conv projection where the channels or the stride change. identity: x unchanged (the shapes must match). projection: always a 1x1 conv. none: no shortcut, a plain network.</source>
            <translation>x 如何到达求和 H(x) = F(x) + x。自动：形状不变时用恒等映射，通道数或步幅改变时用 1x1 卷积投影。恒等映射：x 原样相加（形状必须一致）。投影：总是使用 1x1 卷积。无：没有捷径连接，即普通网络。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="262" />
            <source>Groups of the bottleneck's 3x3 conv (ResNeXt's cardinality); 1 is an ordinary conv.</source>
            <translation>瓶颈块中 3x3 卷积的分组数（ResNeXt 的基数）；1 表示普通卷积。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="264" />
            <source>Channels per group of the bottleneck's 3x3 conv, on a base of 64: 128 makes Wide ResNet-50-2, 4 with 32 groups makes ResNeXt-50 32x4d.</source>
            <translation>瓶颈块中 3x3 卷积每组的通道数，以 64 为基准：128 即 Wide ResNet-50-2，4 配合 32 个分组即 ResNeXt-50 32x4d。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="270" />
            <source>basic</source>
            <translation>基本块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="270" />
            <source>bottleneck</source>
            <translation>瓶颈块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="273" />
            <source>Identity where the shape stays, 1x1 projection where it changes.</source>
            <translation>形状不变时用恒等映射，形状改变时用 1x1 投影。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="274" />
            <source>Always add x unchanged: needs equal shapes.</source>
            <translation>总是原样加上 x：要求形状一致。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="275" />
            <source>Always reshape x with a 1x1 conv (with stride).</source>
            <translation>总是用 1x1 卷积（带步幅）变换 x 的形状。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="276" />
            <source>No shortcut: H(x) = F(x), a plain network.</source>
            <translation>无捷径连接：H(x) = F(x)，即普通网络。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="277" />
            <source>Move this stage up</source>
            <translation>上移此阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="278" />
            <source>Move this stage down</source>
            <translation>下移此阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="279" />
            <source>Duplicate this stage</source>
            <translation>复制此阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="280" />
            <source>Remove this stage</source>
            <translation>删除此阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="287" />
            <source>auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="287" />
            <source>identity</source>
            <translation>恒等映射</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="288" />
            <source>1x1 projection</source>
            <translation>1x1 投影</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="288" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="292" />
            <source>Blocks (%1): per-block stride and shortcut</source>
            <translation>块 (%1)：逐块设置步幅和捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="330" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="374" />
            <source>Stage %1: %2 = %3</source>
            <translation>阶段 %1：%2 = %3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/stage_card.py" line="379" />
            <source>Stage %1: %2 blocks</source>
            <translation>阶段 %1：%2 个块</translation>
        </message>
    </context>
    <context>
        <name>TraceModel</name>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="185" />
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="185" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="185" />
            <source>Output shape</source>
            <translation>输出形状</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="186" />
            <source>Params</source>
            <translation>参数量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="186" />
            <source>MACs</source>
            <translation>乘加运算</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="186" />
            <source>RF</source>
            <translation>感受野</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="187" />
            <source>Activations</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="57" />
            <source>Add: F(x) + x</source>
            <translation>相加：F(x) + x</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="102" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="103" />
            <source>image batch</source>
            <translation>图像批次</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="63" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="54" />
            <source>g=%1</source>
            <translation>g=%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="95" />
            <source>Stage %1</source>
            <translation>阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="97" />
            <source>Block %1</source>
            <translation>块 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="89" />
            <source>Stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="89" />
            <source>Head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="141" />
            <source>identity</source>
            <translation>恒等映射</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="141" />
            <source>1x1 projection</source>
            <translation>1x1 投影</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="142" />
            <source>no shortcut</source>
            <translation>无捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="146" />
            <source>%1 blocks</source>
            <translation>%1 个块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="143" />
            <source>BasicBlock</source>
            <translation>基本块 (BasicBlock)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_model.py" line="143" />
            <source>Bottleneck</source>
            <translation>瓶颈块 (Bottleneck)</translation>
        </message>
    </context>
    <context>
        <name>TracePane</name>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="118" />
            <source>Shape trace</source>
            <translation>形状追踪</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="119" />
            <source>Input (N, C, H, W)</source>
            <translation>输入 (N, C, H, W)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="120" />
            <source>N: the batch size. MACs and activation memory grow with it.</source>
            <translation>N：批量大小。乘加运算 (MACs) 和激活值内存随之增长。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="121" />
            <source>C: input channels (the design's input).</source>
            <translation>C：输入通道数（设计的输入）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="122" />
            <source>H: input height in pixels (the design's input).</source>
            <translation>H：输入高度，单位像素（设计的输入）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="123" />
            <source>W: input width in pixels (the design's input).</source>
            <translation>W：输入宽度，单位像素（设计的输入）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="124" />
            <source>batch size</source>
            <translation>批量大小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="124" />
            <source>input channels</source>
            <translation>输入通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="124" />
            <source>input height</source>
            <translation>输入高度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="125" />
            <source>input width</source>
            <translation>输入宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="148" />
            <source>Set %1 to %2</source>
            <translation>将 %1 设为 %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="168" />
            <source>Params</source>
            <translation>参数量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="169" />
            <source>MACs</source>
            <translation>乘加运算 (MACs)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="170" />
            <source>Activations</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="171" />
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="172" />
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="176" />
            <source>✗ %1 problem(s): shown up to the first error</source>
            <translation>✗ %1 个问题：只显示到第一个错误处</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="179" />
            <source>✓ valid design</source>
            <translation>✓ 设计有效</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace_view.py" line="184" />
            <source> (and %1 more)</source>
            <translation>（另有 %1 个）</translation>
        </message>
    </context>
    <context>
        <name>TrainingError</name>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="bad_config" />
            <source>Training setting '{field}' = {value} cannot be used: {reason}.</source>
            <translation>训练设置 '{field}' = {value} 无法使用：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="bad_config" />
            <source>{hint}</source>
            <translation>{hint}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="design_invalid" />
            <source>The design cannot be trained: {problem}</source>
            <translation>该设计无法训练：{problem}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="design_invalid" />
            <source>{fix}</source>
            <translation>{fix}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="input_too_small" />
            <source>The design cannot take {size}x{size} images: {problem}</source>
            <translation>该设计无法接受 {size}x{size} 的图像：{problem}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="input_too_small" />
            <source>{fix} Or change the resize setting (now {resize}).</source>
            <translation>{fix} 或修改缩放设置（当前为 {resize}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="device_unavailable" />
            <source>Device '{device}' is not available here: {reason}.</source>
            <translation>设备 '{device}' 在此不可用：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="device_unavailable" />
            <source>Choose one of: {choices}.</source>
            <translation>请从以下选项中选择：{choices}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="dataset_missing" />
            <source>{dataset} is not in {folder}{reason}.</source>
            <translation>{dataset} 不在 {folder} 中{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="dataset_missing" />
            <source>Connect to the internet and train once with download on (the files go to {folder}), or copy {files} into {folder} yourself. The embedded sample ('fashion-mnist-sample') works offline.</source>
            <translation>请联网并在开启下载的情况下训练一次（文件保存到 {folder}），或自行将 {files} 复制到 {folder}。内置样本（'fashion-mnist-sample'）可离线使用。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="dataset_corrupt" />
            <source>{dataset} in {folder} cannot be read: {reason}.</source>
            <translation>{folder} 中的 {dataset} 无法读取：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="dataset_corrupt" />
            <source>Delete the files in {folder} and download them again (or copy intact ones there).</source>
            <translation>删除 {folder} 中的文件并重新下载（或复制完好的文件到该处）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="folder_missing" />
            <source>The image folder {folder} does not exist.</source>
            <translation>图像文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="folder_missing" />
            <source>Choose a folder that holds one sub-folder of images per class, e.g. {folder}/cat/001.png and {folder}/dog/001.png.</source>
            <translation>请选择每个类别各有一个图像子文件夹的文件夹，例如 {folder}/cat/001.png 和 {folder}/dog/001.png。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="folder_empty" />
            <source>The image folder {folder} has no class sub-folders with images ({reason}).</source>
            <translation>图像文件夹 {folder} 中没有包含图像的类别子文件夹（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="folder_empty" />
            <source>Put the images in one sub-folder per class, e.g. {folder}/cat/001.png and {folder}/dog/001.png (.png, .jpg, .bmp, .webp ...).</source>
            <translation>请将图像按类别放入各自的子文件夹，例如 {folder}/cat/001.png 和 {folder}/dog/001.png（.png、.jpg、.bmp、.webp ...）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="folder_too_large" />
            <source>The images of {folder} at {size}x{size} need {gb} GB of memory, above the limit of {limit_gb} GB.</source>
            <translation>{folder} 中的图像在 {size}x{size} 下需要 {gb} GB 内存，超过上限 {limit_gb} GB。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="folder_too_large" />
            <source>Use a smaller resize or fewer images (train_limit).</source>
            <translation>使用更小的缩放尺寸或更少的图像 (train_limit)。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="channel_mismatch" />
            <source>{dataset} images have {data_channels} channel(s) but the design takes {design_channels}.</source>
            <translation>{dataset} 的图像有 {data_channels} 个通道，但该设计的输入为 {design_channels} 个通道。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="channel_mismatch" />
            <source>Set the design's input channels to {data_channels}.</source>
            <translation>将设计的输入通道数设为 {data_channels}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="classes_mismatch" />
            <source>{dataset} has {data_classes} classes but the design's head has only {design_classes} outputs.</source>
            <translation>{dataset} 有 {data_classes} 个类别，但设计的输出头只有 {design_classes} 个输出。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="classes_mismatch" />
            <source>Set the head's classes to {data_classes}.</source>
            <translation>将输出头的类别数设为 {data_classes}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="non_finite_loss" />
            <source>The loss became {value} at step {step} (epoch {epoch}); training stopped there.</source>
            <translation>损失在第 {step} 步（第 {epoch} 轮）变为 {value}；训练已在此停止。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="non_finite_loss" />
            <source>{kept} Lower the learning rate (now {lr}), use a warm-up schedule (one-cycle), or check the data.</source>
            <translation>{kept} 请降低学习率（当前为 {lr}）、使用带预热的调度 (one-cycle)，或检查数据。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="out_of_memory" />
            <source>The {device} ran out of memory at batch size {batch_size}.</source>
            <translation>{device} 在批量大小为 {batch_size} 时内存不足。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="out_of_memory" />
            <source>Use a smaller batch (try {suggestion}), a smaller resize, or mixed precision (bf16). {kept}</source>
            <translation>请使用更小的批量（试试 {suggestion}）、更小的缩放尺寸或混合精度 (bf16)。{kept}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_missing" />
            <source>{path}: no such checkpoint.</source>
            <translation>{path}：检查点不存在。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_missing" />
            <source>Check the path; a run's checkpoint is checkpoint.pt in its run folder.</source>
            <translation>请检查路径；一次运行的检查点是其运行文件夹中的 checkpoint.pt。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_corrupt" />
            <source>{path}: the checkpoint is damaged or not a PyTorch file ({reason}).</source>
            <translation>{path}：检查点已损坏或不是 PyTorch 文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_corrupt" />
            <source>Use another checkpoint; the run folder keeps only the last good one.</source>
            <translation>请使用其他检查点；运行文件夹只保留最后一个完好的检查点。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_foreign" />
            <source>{path}: this is not a ResNet Studio checkpoint ({reason}).</source>
            <translation>{path}：这不是 ResNet Studio 检查点（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_foreign" />
            <source>Open a checkpoint.pt written by ResNet Studio (in a run folder).</source>
            <translation>请打开由 ResNet Studio 写入的 checkpoint.pt（位于运行文件夹中）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_unsafe" />
            <source>{path}: the file holds Python objects, not only tensors, so it was not loaded (loading it could run code).</source>
            <translation>{path}：该文件包含 Python 对象而不只是张量，因此未加载（加载它可能执行代码）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_unsafe" />
            <source>Open a checkpoint written by ResNet Studio.</source>
            <translation>请打开由 ResNet Studio 写入的检查点。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_version" />
            <source>{path}: checkpoint format version {version} is newer than this studio reads ({supported}).</source>
            <translation>{path}：检查点格式版本 {version} 比本程序支持的版本 ({supported}) 更新。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="checkpoint_version" />
            <source>Update ResNet Studio.</source>
            <translation>请更新 ResNet Studio。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="distributed_failed" />
            <source>Could not start distributed training (rank {rank} of {world_size}): {reason}.</source>
            <translation>无法启动分布式训练（{world_size} 个进程中的第 {rank} 个）：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="distributed_failed" />
            <source>Check the torchrun command; on CPU the gloo backend is used, on GPUs NCCL.</source>
            <translation>请检查 torchrun 命令；CPU 上使用 gloo 后端，GPU 上使用 NCCL。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="batch_too_small" />
            <source>Batch size {batch_size} cannot be split across {world_size} processes.</source>
            <translation>批量大小 {batch_size} 无法分配到 {world_size} 个进程。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="batch_too_small" />
            <source>Use a batch size of at least {world_size} (a multiple of it is best).</source>
            <translation>请使用至少 {world_size} 的批量大小（最好是其整数倍）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="run_unreadable" />
            <source>{path} is not a readable run folder: {reason}.</source>
            <translation>{path} 不是可读取的运行文件夹：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="run_unreadable" />
            <source>Choose a run folder inside the runs folder (each holds a run.json).</source>
            <translation>请选择 runs 文件夹中的运行文件夹（每个都含有 run.json）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="run_failed" />
            <source>Training failed at step {step}: {reason}.</source>
            <translation>训练在第 {step} 步失败：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/config.py" line="run_failed" />
            <source>The run folder and its last checkpoint are kept. If this repeats, report it with the run folder's run.json.</source>
            <translation>运行文件夹及其最后的检查点已保留。如果问题重复出现，请附上运行文件夹中的 run.json 报告此问题。</translation>
        </message>
    </context>
    <context>
        <name>TrainingPlots</name>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="86" />
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="86" />
            <source>cross-entropy</source>
            <translation>交叉熵</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="87" />
            <source>Accuracy</source>
            <translation>精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="87" />
            <source>fraction correct</source>
            <translation>正确比例</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="88" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="88" />
            <source>lr</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="89" />
            <source>Gradient norm per stage</source>
            <translation>各阶段梯度范数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="89" />
            <source>‖grad‖ (log)</source>
            <translation>‖梯度‖（对数）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="91" />
            <source>Mean gradient norm of each part of the network over an epoch. With residual connections the stages near the input keep large gradients; in a plain network they shrink.</source>
            <translation>网络各部分在一轮中的平均梯度范数。有残差连接时，靠近输入的阶段梯度仍然较大；在普通网络（无捷径连接）中它们会变小。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="100" />
            <source>solid</source>
            <translation>实线</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="100" />
            <source>dashed</source>
            <translation>虚线</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="100" />
            <source>dotted</source>
            <translation>点线</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="100" />
            <source>dash-dot</source>
            <translation>点划线</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="169" />
            <source>train (per batch)</source>
            <translation>训练（每批次）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="172" />
            <location filename="../../resnet_studio/ui/training_plots.py" line="176" />
            <source>train (smoothed)</source>
            <translation>训练（平滑）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="179" />
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="195" />
            <location filename="../../resnet_studio/ui/training_plots.py" line="203" />
            <source>train (epoch)</source>
            <translation>训练（每轮）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_plots.py" line="199" />
            <location filename="../../resnet_studio/ui/training_plots.py" line="207" />
            <source>held-out</source>
            <translation>留出集</translation>
        </message>
    </context>
    <context>
        <name>TrainingSettings</name>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="157" />
            <source>Automatic (Fashion-MNIST if downloaded, else the sample)</source>
            <translation>自动（已下载则用 Fashion-MNIST，否则用样本）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="158" />
            <source>Embedded sample (Fashion-MNIST, 2,500 images)</source>
            <translation>内置样本（Fashion-MNIST，2,500 张图像）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="159" />
            <source>Fashion-MNIST</source>
            <translation>Fashion-MNIST</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="160" />
            <source>MNIST</source>
            <translation>MNIST</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="161" />
            <source>CIFAR-10</source>
            <translation>CIFAR-10</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="162" />
            <source>Image folder (one sub-folder per class)</source>
            <translation>图像文件夹（每个类别一个子文件夹）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="167" />
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="167" />
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="168" />
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="169" />
            <source>constant</source>
            <translation>恒定</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="169" />
            <source>step (×0.1)</source>
            <translation>阶梯 (×0.1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="170" />
            <source>cosine</source>
            <translation>余弦</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="170" />
            <source>one-cycle</source>
            <translation>单周期 (one-cycle)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="171" />
            <source>Xavier (d2l)</source>
            <translation>Xavier (d2l)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="171" />
            <source>Kaiming</source>
            <translation>Kaiming</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="172" />
            <source>PyTorch default</source>
            <translation>PyTorch 默认</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="173" />
            <source>off (float32)</source>
            <translation>关闭 (float32)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="173" />
            <source>bf16 (CUDA)</source>
            <translation>bf16 (CUDA)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="174" />
            <source>fp16 (CUDA)</source>
            <translation>fp16 (CUDA)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="179" />
            <source>Dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="179" />
            <location filename="../../resnet_studio/ui/training_settings.py" line="283" />
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="180" />
            <source>Resize to</source>
            <translation>缩放到</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="180" />
            <source>Epochs</source>
            <translation>轮数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="181" />
            <source>Batch size</source>
            <translation>批量大小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="181" />
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="182" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="182" />
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="183" />
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="183" />
            <source>Nesterov</source>
            <translation>Nesterov 动量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="184" />
            <source>Weight decay</source>
            <translation>权重衰减</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="184" />
            <source>Schedule</source>
            <translation>学习率调度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="185" />
            <source>Weight init</source>
            <translation>权重初始化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="185" />
            <source>Label smoothing</source>
            <translation>标签平滑</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="186" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="186" />
            <source>Mixed precision</source>
            <translation>混合精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="187" />
            <source>Channels last</source>
            <translation>通道在后 (channels last)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="187" />
            <source>Augment</source>
            <translation>数据增强</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="188" />
            <source>Training images</source>
            <translation>训练图像数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="192" />
            <source>the studio's datasets folder</source>
            <translation>本程序的数据集文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="194" />
            <source>Where the dataset is read from (and downloaded to). For an image folder: one sub-folder of images per class.</source>
            <translation>读取（及下载）数据集的位置。若是图像文件夹：每个类别一个图像子文件夹。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="196" />
            <source>Choose a folder</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="198" />
            <source>Resize every image to a square of this side (d2l uses 96 for Fashion-MNIST). Off keeps the dataset's own size (28 for Fashion-MNIST): much faster on a CPU.</source>
            <translation>将每张图像缩放为此边长的正方形（d2l 对 Fashion-MNIST 使用 96）。关闭则保留数据集原尺寸（Fashion-MNIST 为 28）：在 CPU 上快得多。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="200" />
            <source>d2l uses 0.05 with SGD; Adam usually wants about 0.001.</source>
            <translation>d2l 在 SGD 下使用 0.05；Adam 通常约需 0.001。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="201" />
            <source>Images per step. Smaller uses less memory.</source>
            <translation>每步的图像数。越小占用内存越少。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="202" />
            <source>Where the network trains: a CUDA GPU, Apple's MPS or the CPU.</source>
            <translation>网络的训练位置：CUDA GPU、Apple 的 MPS 或 CPU。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="203" />
            <source>Random crop and horizontal flip of the training images.</source>
            <translation>对训练图像做随机裁剪和水平翻转。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="204" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="205" />
            <source>Train on only the first N images (a quick try).</source>
            <translation>只用前 N 张图像训练（快速试跑）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="206" />
            <source>More settings ▾</source>
            <translation>更多设置 ▾</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="207" />
            <source>Fewer settings ▴</source>
            <translation>收起设置 ▴</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="282" />
            <source>Image folder</source>
            <translation>图像文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training_settings.py" line="291" />
            <source>Choose the data folder</source>
            <translation>选择数据文件夹</translation>
        </message>
    </context>
</TS>
