<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Architecture</name>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="100" />
            <source>no shortcut</source>
            <translation>无捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="100" />
            <source>identity: x</source>
            <translation>恒等映射：x</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="107" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="131" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="132" />
            <source>Stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="196" />
            <source>Head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="71" />
            <source>no stem</source>
            <translation>无主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="185" />
            <source>Stage %1 · %2 ch</source>
            <translation>阶段 %1 · %2 通道</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="194" />
            <source>no head</source>
            <translation>无输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="194" />
            <source>output: last block</source>
            <translation>输出：最后一个块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="195" />
            <source>avg-pool, flatten</source>
            <translation>平均池化，展平</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="73" />
            <source>deep: 3×3 /%1</source>
            <translation>深：3×3 /%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="75" />
            <source>conv %1×%1 /%2</source>
            <translation>卷积 %1×%1 /%2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="77" />
            <source>max-pool %1×%1 /%2</source>
            <translation>最大池化 %1×%1 /%2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="99" />
            <source>pad</source>
            <translation>补零</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="131" />
            <source>C = %1</source>
            <translation>C = %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="195" />
            <source>fc → %1</source>
            <translation>全连接 → %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="86" />
            <source>pre-act</source>
            <translation>预激活</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="154" />
            <source>basic block</source>
            <translation>基本块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="154" />
            <source>bottleneck block</source>
            <translation>瓶颈块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="155" />
            <source>Stage %1, block %2 (%3): %4 → %5, shortcut: %6</source>
            <translation>阶段 %1，块 %2（%3）：%4 → %5，捷径连接：%6</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="162" />
            <source>Stage %1, blocks %2–%3: %4 blocks the same as block %5, drawn as one box (click to select block %2)</source>
            <translation>阶段 %1，块 %2–%3：%4 个与块 %5 相同的块，画成一个框（点击选中块 %2）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="161" />
            <source>× %1 blocks</source>
            <translation>× %1 个块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="161" />
            <source>like block %1</source>
            <translation>与块 %1 相同</translation>
        </message>
    </context>
    <context>
        <name>ArchitecturePane</name>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="369" />
            <source>Architecture</source>
            <translation>架构图</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="370" />
            <source>basic</source>
            <translation>基本块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="370" />
            <source>bottleneck</source>
            <translation>瓶颈块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="370" />
            <source>identity shortcut</source>
            <translation>恒等映射捷径</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="371" />
            <source>1x1 projection</source>
            <translation>1x1 投影</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="371" />
            <source>height: resolution, width: channels</source>
            <translation>高度：分辨率，宽度：通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="376" />
            <source>Zoom out (wheel)</source>
            <translation>缩小（滚轮）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="377" />
            <source>Zoom in (wheel)</source>
            <translation>放大（滚轮）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="378" />
            <source>Fit the drawing to the view</source>
            <translation>使图形适应视图</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="380" />
            <source>Export the drawing as PNG or SVG</source>
            <translation>将图形导出为 PNG 或 SVG</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/architecture/view.py" line="436" />
            <source>ResNet Studio architecture drawing</source>
            <translation>ResNet Studio 架构图</translation>
        </message>
    </context>
    <context>
        <name>BlockRow</name>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="91" />
            <source>Block %1</source>
            <translation>块 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="92" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="93" />
            <source>Shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="94" />
            <source>Block stride</source>
            <translation>块步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="96" />
            <source>This block's stride. 'stage' follows the stage: the first block uses the stage's stride, the others 1. Stride 2 halves the height and width.</source>
            <translation>此块的步幅。“阶段”表示跟随阶段设置：第一个块使用阶段的步幅，其余块为 1。步幅 2 使高度和宽度减半。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="99" />
            <source>This block's shortcut. 'stage rule' follows the stage's setting; identity adds x unchanged, a 1x1 projection reshapes x, none drops the shortcut.</source>
            <translation>此块的捷径连接。“阶段规则”表示跟随阶段设置；恒等映射直接加上 x，1x1 投影会变换 x 的形状，无则去掉捷径连接。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="107" />
            <source>stage (%1)</source>
            <translation>阶段 (%1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="109" />
            <source>stage rule (%1)</source>
            <translation>阶段规则 (%1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="118" />
            <source>no shortcut</source>
            <translation>无捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="123" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="127" />
            <source>Stage %1, block %2: stride %3</source>
            <translation>阶段 %1，块 %2：步幅 %3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="128" />
            <source>stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="134" />
            <source>Stage %1, block %2: shortcut %3</source>
            <translation>阶段 %1，块 %2：捷径连接 %3</translation>
        </message>
    </context>
    <context>
        <name>ClassName</name>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="18" />
            <source>T-shirt/top</source>
            <translation>T恤/上衣</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="18" />
            <source>Trouser</source>
            <translation>裤子</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="19" />
            <source>Pullover</source>
            <translation>套衫</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="19" />
            <source>Dress</source>
            <translation>连衣裙</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="20" />
            <source>Coat</source>
            <translation>外套</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="20" />
            <source>Sandal</source>
            <translation>凉鞋</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="21" />
            <source>Shirt</source>
            <translation>衬衫</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="21" />
            <source>Sneaker</source>
            <translation>运动鞋</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="22" />
            <source>Bag</source>
            <translation>包</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="22" />
            <source>Ankle boot</source>
            <translation>短靴</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="23" />
            <source>airplane</source>
            <translation>飞机</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="23" />
            <source>automobile</source>
            <translation>汽车</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="24" />
            <source>bird</source>
            <translation>鸟</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="24" />
            <source>cat</source>
            <translation>猫</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="25" />
            <source>deer</source>
            <translation>鹿</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="25" />
            <source>dog</source>
            <translation>狗</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="26" />
            <source>frog</source>
            <translation>青蛙</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="26" />
            <source>horse</source>
            <translation>马</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="27" />
            <source>ship</source>
            <translation>船</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="27" />
            <source>truck</source>
            <translation>卡车</translation>
        </message>
    </context>
    <context>
        <name>ConfusionView</name>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="150" />
            <source>Confusion matrix and per-class accuracy</source>
            <translation>混淆矩阵与各类别精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="151" />
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="152" />
            <source>predicted class</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="153" />
            <source>accuracy</source>
            <translation>精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="157" />
            <source>Shown after the first epoch.</source>
            <translation>第一轮结束后显示。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="160" />
            <source>%1 of %2 held-out images right (%3)</source>
            <translation>留出集 %2 张图像中 %1 张预测正确 (%3)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="163" />
            <source>After epoch %1: %2</source>
            <translation>第 %1 轮之后：%2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="304" />
            <source>true %1, predicted %2: %3 images (%4 of the class)</source>
            <translation>真实 %1，预测 %2：%3 张图像（占该类 %4）</translation>
        </message>
    </context>
    <context>
        <name>Device</name>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="298" />
            <source>Apple GPU (MPS)</source>
            <translation>Apple GPU (MPS)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="300" />
            <source>automatic (best available)</source>
            <translation>自动（最佳可用设备）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="296" />
            <source>CPU (%1 threads)</source>
            <translation>CPU（%1 个线程）</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="21" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="24" />
            <source>Your changes are lost if you don't save them.</source>
            <translation>如果不保存，你的更改将会丢失。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="32" />
            <source>It was never saved to a file.</source>
            <translation>它从未保存到文件。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="33" />
            <source>Recover unsaved design?</source>
            <translation>恢复未保存的设计？</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="38" />
            <source>Recover</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="39" />
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="22" />
            <source>Save the changes to “%1” before closing it?</source>
            <translation>关闭前是否保存对“%1”的更改？</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="32" />
            <source>It belongs to %1.</source>
            <translation>它属于 %1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="34" />
            <source>ResNet Studio closed without saving “%1” (autosaved %2).</source>
            <translation>ResNet Studio 关闭时未保存“%1”（已于 %2 自动保存）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/dialogs.py" line="37" />
            <source>Recover it? (Discard deletes the autosave.)</source>
            <translation>是否恢复？（选“丢弃”将删除自动保存。）</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <location filename="../../resnet_studio/ui/training/estimate.py" line="51" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/estimate.py" line="54" />
            <source>%1 min %2 s</source>
            <translation>%1 分 %2 秒</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/estimate.py" line="56" />
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
    </context>
    <context>
        <name>EditorPane</name>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="165" />
            <source>Set %1 to %2</source>
            <translation>将 %1 设为 %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="177" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="193" />
            <source>stem style</source>
            <translation>主干层样式</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="206" />
            <source>max-pool</source>
            <translation>最大池化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="235" />
            <source>head style</source>
            <translation>输出头样式</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="247" />
            <source>conv bias</source>
            <translation>卷积偏置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="250" />
            <source>BatchNorm on the projection</source>
            <translation>投影上的批量归一化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="255" />
            <source>Design</source>
            <translation>设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="256" />
            <source>Input image</source>
            <translation>输入图像</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="257" />
            <source>Stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="258" />
            <source>Head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="259" />
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="260" />
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="261" />
            <location filename="../../resnet_studio/ui/editor/editor.py" line="483" />
            <source>Add stage</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="263" />
            <source>Append a stage with twice the channels of the last one and stride 2.</source>
            <translation>在末尾添加一个阶段，通道数为上一阶段的两倍，步幅为 2。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="265" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="265" />
            <source>The design's name, saved in its file.</source>
            <translation>设计的名称，随文件保存。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="266" />
            <location filename="../../resnet_studio/ui/editor/editor.py" line="281" />
            <source>Channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="267" />
            <source>Channels of the input image: 1 for grey-scale (Fashion-MNIST), 3 for colour.</source>
            <translation>输入图像的通道数：灰度图（Fashion-MNIST）为 1，彩色图为 3。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="268" />
            <source>Height</source>
            <translation>高度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="269" />
            <source>Input height in pixels. d2l trains Fashion-MNIST resized to 96; torchvision uses 224.</source>
            <translation>输入高度（像素）。d2l 将 Fashion-MNIST 缩放到 96 训练；torchvision 使用 224。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="271" />
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="271" />
            <source>Input width in pixels.</source>
            <translation>输入宽度（像素）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="272" />
            <location filename="../../resnet_studio/ui/editor/editor.py" line="295" />
            <source>Style</source>
            <translation>样式</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="273" />
            <source>conv: one conv, BN, ReLU (and the max-pool). deep: three 3x3 convs with widths channels/2, channels/2, channels, the first with the stride (ResNet-C/D, timm's deep stem). none: no stem; the first stage takes the input image itself.</source>
            <translation>conv：一个卷积、BN、ReLU（以及最大池化）。deep：三个 3x3 卷积，宽度依次为 通道数/2、通道数/2、通道数，第一个带步幅（ResNet-C/D，timm 的深主干层）。none：没有主干层，第一个阶段直接接收输入图像。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="277" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="278" />
            <source>imagenet: 7x7 conv with stride 2, then a 3x3 max-pool with stride 2 (the size shrinks by 4). cifar: a 3x3 conv with stride 1 and no pool, for small images. custom: your own numbers below.</source>
            <translation>imagenet：步幅为 2 的 7x7 卷积，再接步幅为 2 的 3x3 最大池化（尺寸缩小为 1/4）。cifar：步幅为 1 的 3x3 卷积，无池化，适合小图像。自定义：使用下面你自己填写的数值。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="282" />
            <source>Output channels of the stem's conv (64 in ResNet-18).</source>
            <translation>主干层卷积的输出通道数（ResNet-18 中为 64）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="283" />
            <source>Kernel</source>
            <translation>卷积核</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="284" />
            <source>Size k of the stem conv's square window.</source>
            <translation>主干层卷积方形窗口的大小 k。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="285" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="286" />
            <source>Step s of the window: 2 halves the height and width. Output size: floor((H + 2p - k)/s) + 1.</source>
            <translation>窗口的步幅 s：2 使高度和宽度减半。输出尺寸：floor((H + 2p - k)/s) + 1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="288" />
            <source>Padding</source>
            <translation>填充</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="289" />
            <source>Zeros p added on each side of the input before the conv.</source>
            <translation>卷积前在输入每一侧补上的 p 个零。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="290" />
            <source>Pool kernel</source>
            <translation>池化核</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="290" />
            <source>Window of the max-pool.</source>
            <translation>最大池化的窗口大小。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="291" />
            <source>Pool stride</source>
            <translation>池化步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="292" />
            <source>Step of the max-pool: 2 halves the size.</source>
            <translation>最大池化的步幅：2 使尺寸减半。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="293" />
            <source>Pool padding</source>
            <translation>池化填充</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="294" />
            <source>Padding of the max-pool: at most half its kernel.</source>
            <translation>最大池化的填充：最多为池化核的一半。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="296" />
            <source>linear: global average pool, flatten and a linear layer to the classes. none: the network ends at its last block and outputs (N, C, H, W), like the d2l chapter's single Residual blocks.</source>
            <translation>linear：全局平均池化、展平，再接一个输出各类别的线性层。none：网络在最后一个块处结束，输出 (N, C, H, W)，就像 d2l 那一章中单独的 Residual 块。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="300" />
            <source>Classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="301" />
            <source>Outputs of the final linear layer, one per class (10 for Fashion-MNIST).</source>
            <translation>最后全连接层的输出数，每个类别一个（Fashion-MNIST 为 10）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="309" />
            <source>input channels</source>
            <translation>输入通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="310" />
            <source>input height</source>
            <translation>输入高度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="311" />
            <source>input width</source>
            <translation>输入宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="312" />
            <source>classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="313" />
            <source>SE ratio</source>
            <translation>SE 缩减比</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="314" />
            <source>drop-path</source>
            <translation>随机深度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="315" />
            <source>stem %1</source>
            <translation>主干层%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="316" />
            <source>Max-pool after the conv</source>
            <translation>卷积后接最大池化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="318" />
            <source>A max-pool after the stem's conv, BN and ReLU (ImageNet ResNets: 3x3, stride 2).</source>
            <translation>在主干层的卷积、BN 和 ReLU 之后接一个最大池化（ImageNet 上的 ResNet：3x3，步幅 2）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="319" />
            <source>conv: one conv</source>
            <translation>conv：一个卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="319" />
            <source>deep: three 3x3 convs</source>
            <translation>deep：三个 3x3 卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="320" />
            <source>none: no stem</source>
            <translation>none：无主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="321" />
            <source>linear: avg-pool + fc</source>
            <translation>linear：平均池化 + 全连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="322" />
            <source>none: end at the last block</source>
            <translation>none：在最后一个块结束</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="323" />
            <source>imagenet: 7x7/2 + max-pool</source>
            <translation>imagenet：7x7/2 + 最大池化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="324" />
            <source>cifar: 3x3/1, no pool</source>
            <translation>cifar：3x3/1，无池化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="324" />
            <source>custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="325" />
            <source>Bias in the convs</source>
            <translation>卷积带偏置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="327" />
            <source>Give every conv a bias term, as d2l does. torchvision leaves it out because a BatchNorm follows each conv.</source>
            <translation>像 d2l 那样为每个卷积加上偏置项。torchvision 不加，因为每个卷积后都跟着批量归一化。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="329" />
            <source>BatchNorm after the 1x1 projection</source>
            <translation>1x1 投影后接批量归一化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="332" />
            <source>Normalise the shortcut's 1x1 conv output (torchvision does, d2l does not).</source>
            <translation>对捷径连接上 1x1 卷积的输出做批量归一化（torchvision 这样做，d2l 不做）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="411" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="479" />
            <source>Stem: %1</source>
            <translation>主干层：%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="487" />
            <source>Duplicate stage %1</source>
            <translation>复制阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="492" />
            <source>Remove stage %1</source>
            <translation>删除阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/editor.py" line="496" />
            <source>Move stage %1</source>
            <translation>移动阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="69" />
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="71" />
            <source>Zero-init each block's last BN</source>
            <translation>每个块最后的 BN 零初始化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="72" />
            <source>Start each residual branch at zero (its last BN's scale, or with pre-activation its last conv), so every block begins as its shortcut (Goyal et al.; timm's default).</source>
            <translation>让每个残差分支从零开始（其最后一个 BN 的缩放；预激活时为最后一个卷积），这样每个块一开始就等于它的捷径（Goyal 等人；timm 的默认做法）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="43" />
            <source>Block order</source>
            <translation>块内顺序</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="43" />
            <source>post: conv, BN, ReLU, and a ReLU after the addition (He et al. 2016). pre: BN, ReLU, conv, nothing after the addition, so x passes unchanged through every identity shortcut (He et al. 2016b, timm's resnetv2).</source>
            <translation>post：卷积、BN、ReLU，相加之后再接 ReLU（He 等人 2016）。pre：BN、ReLU、卷积，相加之后不再有操作，因此 x 经过每条恒等捷径时保持不变（He 等人 2016b，timm 的 resnetv2）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="47" />
            <source>Auto shortcut</source>
            <translation>自动捷径</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="47" />
            <source>What 'auto' puts where a block changes the shape: a 1x1 projection (option B), option A (every stride-th pixel plus zero channels, no parameters: the paper's CIFAR nets) or avg-down (2x2 average pool, then 1x1 conv: ResNet-D).</source>
            <translation>“自动”在块改变形状处放置的捷径：1x1 投影（选项 B）、选项 A（按步幅取像素并补零通道，没有参数：论文中的 CIFAR 网络）或 avg-down（2x2 平均池化后接 1x1 卷积：ResNet-D）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="51" />
            <source>Squeeze-and-excitation in every block: a gate per channel computed from the whole map through channels/ratio (rounded to a multiple of 8) hidden units. 16 in SE-ResNet; 0 turns it off.</source>
            <translation>在每个块中加入挤压-激励（SE）：从整个特征图经过 通道数/缩减比（取整为 8 的倍数）个隐藏单元，为每个通道算出一个门控。SE-ResNet 中为 16；0 表示关闭。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="55" />
            <source>Drop-path %</source>
            <translation>随机深度 %</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="55" />
            <source>Stochastic depth: while training, each block's residual branch is dropped for a sample with a probability rising linearly from 0 at the first block to this value at the last (as timm).</source>
            <translation>随机深度：训练时，每个块的残差分支会以一定概率对某个样本被丢弃，该概率从第一个块的 0 线性增加到最后一个块的这个值（与 timm 相同）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="64" />
            <source>post-activation: conv-BN-ReLU</source>
            <translation>后激活：卷积-BN-ReLU</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="65" />
            <source>pre-activation: BN-ReLU-conv</source>
            <translation>预激活：BN-ReLU-卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="66" />
            <source>1x1 projection (option B)</source>
            <translation>1x1 投影（选项 B）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="67" />
            <source>option A: zero-pad</source>
            <translation>选项 A：补零</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="68" />
            <source>avg-down (ResNet-D)</source>
            <translation>avg-down（ResNet-D）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="30" />
            <source>block order</source>
            <translation>块内顺序</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="31" />
            <source>auto shortcut</source>
            <translation>自动捷径</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/family_options.py" line="33" />
            <source>zero-init last BN</source>
            <translation>最后 BN 零初始化</translation>
        </message>
    </context>
    <context>
        <name>EngineNote</name>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="batch_split" />
            <source>Batch {batch_size} over {world_size} processes: {local_batch} each.</source>
            <translation>批量 {batch_size} 分给 {world_size} 个进程：每个 {local_batch}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision_faster" />
            <source>Precision: {precision} (auto, {speedup:.1f}x faster here).</source>
            <translation>精度：{precision}（自动，在此快 {speedup:.1f} 倍）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision_not_faster" />
            <source>Precision: {precision} (auto: bf16 measured {speedup:.2f}x here, not faster).</source>
            <translation>精度：{precision}（自动：bf16 在此实测为 {speedup:.2f} 倍，并不更快）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision_no_bf16" />
            <source>Precision: {precision} (auto: this device has no fast bf16).</source>
            <translation>精度：{precision}（自动：此设备没有快速的 bf16）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision_kept" />
            <source>Precision: {precision} (auto, kept from the run's start).</source>
            <translation>精度：{precision}（自动，沿用本次运行开始时的选择）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision_set" />
            <source>Precision: {precision} (as set).</source>
            <translation>精度：{precision}（按设置）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision_mps" />
            <source>Precision: {precision}: mixed precision is not used on Apple GPUs here.</source>
            <translation>精度：{precision}：此处在 Apple GPU 上不使用混合精度。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="head_larger" />
            <source>The head has {outputs} outputs; {dataset} uses {classes} of them.</source>
            <translation>输出头有 {outputs} 个输出；{dataset} 只用其中 {classes} 个。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="channels_repeated" />
            <source>{dataset} images have 1 channel; the design takes 3, so the channel is repeated 3 times.</source>
            <translation>{dataset} 的图像只有 1 个通道；设计需要 3 个，因此将该通道重复 3 次。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="channels_gray" />
            <source>{dataset} images have 3 channels; the design takes 1, so they are converted to grayscale.</source>
            <translation>{dataset} 的图像有 3 个通道；设计只需要 1 个，因此转换为灰度图。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="folder_grayscale" />
            <source>The folder's images are read as grayscale (1 channel), as the design takes.</source>
            <translation>按设计的要求，文件夹中的图像以灰度（1 个通道）读取。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="folder_held_out" />
            <source>No held-out folder ({names}) beside train/: every tenth image is held out ({count} images).</source>
            <translation>train/ 旁没有留出集文件夹（{names}）：每十张图像留出一张（共 {count} 张）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision.off" />
            <source>float32</source>
            <translation>float32 单精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision.bf16" />
            <source>bf16</source>
            <translation>bf16 混合精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision.fp16" />
            <source>fp16 with a gradient scaler</source>
            <translation>fp16 混合精度（带梯度缩放）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision.off_cl" />
            <source>float32 with channels_last</source>
            <translation>float32 单精度，channels_last 布局</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision.bf16_cl" />
            <source>bf16 with channels_last</source>
            <translation>bf16 混合精度，channels_last 布局</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/notes.py" line="precision.fp16_cl" />
            <source>fp16 with a gradient scaler and channels_last</source>
            <translation>fp16 混合精度（带梯度缩放），channels_last 布局</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="87" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="141" />
            <source>The residual idea</source>
            <translation>残差的思想</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="217" />
            <source>, then ReLU</source>
            <translation>，再经过 ReLU</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="232" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="269" />
            <source>conv 1×1 → BN → ReLU → conv 3×3%1 (%2 wide) → BN → ReLU → conv 1×1 → BN</source>
            <translation>1×1 卷积 → BN → ReLU → 3×3 卷积%1（宽 %2）→ BN → ReLU → 1×1 卷积 → BN</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="309" />
            <source>basic block</source>
            <translation>基本块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="309" />
            <source>bottleneck block</source>
            <translation>瓶颈块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="381" />
            <source>basic blocks</source>
            <translation>基本块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="381" />
            <source>bottleneck blocks</source>
            <translation>瓶颈块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="386" />
            <source>identity</source>
            <translation>恒等映射</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="387" />
            <source>option A: zero-pad</source>
            <translation>选项 A：补零</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="388" />
            <source>no shortcut</source>
            <translation>无捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="389" />
            <source>Block %1</source>
            <translation>块 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="389" />
            <source>Blocks %1–%2</source>
            <translation>块 %1–%2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="404" />
            <source>Usually only the first block changes the shape, so only it needs a 1×1 projection; the others add x unchanged. Select a block to see why.</source>
            <translation>通常只有第一个块会改变形状，所以只有它需要 1×1 投影；其余块直接加上原样的 x。选择一个块查看原因。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="418" />
            <source>The stem turns the image into the first feature map, before any residual block.</source>
            <translation>主干层在进入任何残差块之前，把图像变成第一张特征图。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="432" />
            <source>Two stride-2 steps: the image shrinks by 4 in each direction before stage 1, which keeps the later convs cheap.</source>
            <translation>两次步幅为 2 的操作：图像在进入阶段 1 之前在每个方向上缩小为 1/4，使后面的卷积计算量较小。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="434" />
            <source>A 3×3 conv with stride 1 and no pool: small images (32×32) keep their size into stage 1.</source>
            <translation>步幅为 1 的 3×3 卷积且没有池化：小图像（32×32）以原尺寸进入阶段 1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="438" />
            <source>Stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="458" />
            <source>Because the pool averages whatever size arrives, the same network accepts other input sizes.</source>
            <translation>由于池化会对任意尺寸的输入求平均，同一个网络可以接受其他输入尺寸。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="460" />
            <source>Head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="471" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="139" />
            <source>Select a block, a layer, the stem or the head in the editor, the drawing or the trace to see its shapes and formulas here.</source>
            <translation>在编辑器、架构图或形状追踪中选择一个块、一层、主干层或输出头，即可在此查看其形状和公式。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="176" />
            <source>, followed by BatchNorm</source>
            <translation>，后接批量归一化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="201" />
            <source>unchanged</source>
            <translation>原样</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="202" />
            <source>x and F(x) are both %1: same channels and stride 1. So x is added %2, with no parameters, and the gradient flows straight back through the + x.</source>
            <translation>x 和 F(x) 的形状都是 %1：通道数相同且步幅为 1。因此 x 被%2相加，不需要参数，梯度经由 + x 直接流回。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="208" />
            <source>No shortcut</source>
            <translation>无捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="209" />
            <source>This block is plain: H(x) = F(x). Without the + x the gradient must pass through every conv on the way back; in a deep plain network it fades near the input and training stalls. Compare a preset with its “-plain” twin.</source>
            <translation>这是一个普通块：H(x) = F(x)。没有 + x，反向传播时梯度必须穿过每一个卷积；在很深的普通网络中，梯度在靠近输入处逐渐消失，训练停滞。可以把某个预设与它的“-plain”孪生版本进行比较。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="219" />
            <source>1×1 conv, stride %1</source>
            <translation>1×1 卷积，步幅 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="231" />
            <source>identity: x itself</source>
            <translation>恒等映射：x 本身</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="239" />
            <source>Pre-activation (He et al. 2016b): each conv is preceded by BN and ReLU, and nothing follows the addition, so x reaches the next block unchanged through every identity shortcut.</source>
            <translation>预激活（He 等人 2016b）：每个卷积之前先做 BN 和 ReLU，相加之后不再有操作，因此 x 经过每条恒等捷径原样到达下一个块。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="243" />
            <source>Option A (He et al. 2016, CIFAR): the shortcut keeps every stride-th pixel and appends zero channels. It has no parameters; the new channels carry only F(x).</source>
            <translation>选项 A（He 等人 2016，CIFAR）：捷径按步幅保留像素并补上全零通道。它没有参数；新增的通道只携带 F(x)。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="247" />
            <source>ResNet-D: a strided 1×1 conv would read only one pixel in four; the 2×2 average pool first lets every pixel reach the shortcut.</source>
            <translation>ResNet-D：带步幅的 1×1 卷积只会读取四个像素中的一个；先做 2×2 平均池化可以让每个像素都进入捷径。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="265" />
            <source>BN → ReLU → conv 1×1 → BN → ReLU → conv 3×3%1 (%2 wide) → BN → ReLU → conv 1×1</source>
            <translation>BN → ReLU → 卷积 1×1 → BN → ReLU → 卷积 3×3%1（宽 %2）→ BN → ReLU → 卷积 1×1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="268" />
            <source>conv 3×3%1 → BN → ReLU → conv 3×3 → BN</source>
            <translation>3×3 卷积%1 → BN → ReLU → 3×3 卷积 → BN</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="287" />
            <source>block input</source>
            <translation>块输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="289" />
            <source>shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="306" />
            <source>Parameters</source>
            <translation>参数量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="310" />
            <source>Stage %1 · Block %2</source>
            <translation>阶段 %1 · 块 %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="332" />
            <source>ReLU(x) = max(0, x), element by element: no parameters, the shape stays.</source>
            <translation>ReLU(x) = max(0, x)，逐元素计算：没有参数，形状不变。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="335" />
            <source>The residual sum H(x) = F(x) + x: both inputs must have exactly this shape.</source>
            <translation>残差求和 H(x) = F(x) + x：两个输入的形状必须与此完全相同。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="353" />
            <source>H = %1 (input height), k = %2 (kernel), p = %3 (padding), s = %4 (stride)</source>
            <translation>H = %1（输入高度），k = %2（卷积核），p = %3（填充），s = %4（步幅）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="364" />
            <source>Receptive field</source>
            <translation>感受野</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="369" />
            <source>Activations: %1 for a batch of %2.</source>
            <translation>激活值：批量为 %2 时共 %1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="383" />
            <source>%1 %2 with %3 output channels; the first block has stride %4.</source>
            <translation>%1 个%2，输出通道数为 %3；第一个块的步幅为 %4。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="386" />
            <source>1×1 projection</source>
            <translation>1×1 投影</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="388" />
            <source>avg-down (ResNet-D)</source>
            <translation>avg-down（ResNet-D）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="403" />
            <source>Blocks</source>
            <translation>块数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="407" />
            <source>Stage %1</source>
            <translation>阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="415" />
            <source>This design has no stem: the first residual block takes the input image itself, as the d2l chapter's single Residual blocks do.</source>
            <translation>这个设计没有主干层：第一个残差块直接接收输入图像，就像 d2l 那一章中单独的 Residual 块。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="438" />
            <source>output %1</source>
            <translation>输出 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="460" />
            <source>%1 classes</source>
            <translation>%1 个类别</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="469" />
            <source>Change N, H and W above the trace and watch every shape follow.</source>
            <translation>修改形状追踪上方的 N、H 和 W，观察每个形状随之变化。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="135" />
            <source>If the best block is close to doing nothing, F(x) only has to be close to zero, which is easy to learn. And on the way back the gradient flows through the + x unchanged, so the layers near the input keep learning.</source>
            <translation>如果最优的块接近什么都不做，那么 F(x) 只需接近零，这很容易学到。而且在反向传播时，梯度经由 + x 原样流过，因此靠近输入的层仍能持续学习。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="153" />
            <source>the channels change: %1 → %2</source>
            <translation>通道数改变：%1 → %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="158" />
            <source>stride %1 shrinks the size: %2 → %3</source>
            <translation>步幅 %1 使尺寸缩小：%2 → %3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="171" />
            <source>Option A subsamples x and pads it with zero channels: the shapes match without a single parameter.</source>
            <translation>选项 A 对 x 下采样并补上全零通道：不用一个参数就让形状一致。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="190" />
            <source>A 1×1 conv where identity would do</source>
            <translation>本可用恒等映射却用了 1×1 卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="191" />
            <source>The shapes already match, so an identity shortcut would work. The rule “projection” adds a 1×1 conv anyway: more parameters, and the gradient loses its clean path through the + x.</source>
            <translation>形状已经一致，所以恒等映射捷径就可以。规则“projection”仍然加上一个 1×1 卷积：参数更多，梯度也失去了经由 + x 的畅通路径。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="198" />
            <source>Use a 1×1 projection on this shortcut (the rule “auto” picks one by itself).</source>
            <translation>在这条捷径连接上使用 1×1 投影（规则“auto”会自动选择）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="206" />
            <source>The rule “auto” chose identity for that reason.</source>
            <translation>规则“auto”正是因此选择了恒等映射。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="207" />
            <source>Why identity works</source>
            <translation>为什么恒等映射可行</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="222" />
            <source>1×1 conv</source>
            <translation>1×1 卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="228" />
            <source>one pixel in %1 each way, %2 zero channels appended (option A)</source>
            <translation>每个方向每 %1 个像素取一个，补上 %2 个全零通道（选项 A）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="250" />
            <source>Squeeze-and-excitation: the mean of each channel goes through %1 hidden units and a sigmoid; the result scales the channels of F(x) before the addition.</source>
            <translation>挤压-激励：每个通道的均值经过 %1 个隐藏单元和一个 sigmoid；结果在相加之前对 F(x) 的各通道进行缩放。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="254" />
            <source>Stochastic depth: while training, F(x) is dropped for a sample with probability %1 (rising with depth); at test time it is always kept.</source>
            <translation>随机深度：训练时，F(x) 以概率 %1（随深度增加）对某个样本被丢弃；测试时总是保留。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="264" />
            <source>BN → ReLU → conv 3×3%1 → BN → ReLU → conv 3×3</source>
            <translation>BN → ReLU → 卷积 3×3%1 → BN → ReLU → 卷积 3×3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="307" />
            <source>Main path %1, shortcut %2, block total %3.</source>
            <translation>主路径 %1，捷径连接 %2，块合计 %3。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="329" />
            <source>Normalises each of the %1 channels over the batch, then scales and shifts it: 2 × %1 = %2 parameters (γ and β).</source>
            <translation>在批量上对 %1 个通道分别做归一化，再缩放和平移：2 × %1 = %2 个参数（γ 和 β）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="339" />
            <source>Averages each channel over the whole %1 map: one number per channel, whatever the input size.</source>
            <translation>对整个 %1 特征图的每个通道求平均：每个通道得到一个数，与输入尺寸无关。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="343" />
            <source>Maps %1 features to %2 class scores: %1 × %2 + %2 = %3 parameters.</source>
            <translation>把 %1 个特征映射为 %2 个类别分数：%1 × %2 + %2 = %3 个参数。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="350" />
            <source>in</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="351" />
            <source>out</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="356" />
            <source>Output size</source>
            <translation>输出尺寸</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="365" />
            <source>Each output value sees a %1×%1 window of the input image; neighbouring outputs are %2 input pixels apart.</source>
            <translation>每个输出值看到输入图像中 %1×%1 的窗口；相邻输出在输入上相隔 %2 个像素。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="421" />
            <source>A deep stem (ResNet-C of the 'Bag of Tricks' paper, timm's stem_type='deep'): three 3×3 convs of %1, %1 and %2 channels replace the one large conv, with two more ReLUs between them.</source>
            <translation>深主干层（“Bag of Tricks”论文中的 ResNet-C，timm 的 stem_type='deep'）：用 %1、%1 和 %2 通道的三个 3×3 卷积代替一个大卷积，中间多了两个 ReLU。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="427" />
            <source>conv %1×%1, stride %2, padding %3</source>
            <translation>卷积 %1×%1，步幅 %2，填充 %3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="428" />
            <source>max-pool %1×%1, stride %2, padding %3</source>
            <translation>最大池化 %1×%1，步幅 %2，填充 %3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="446" />
            <source>This design has no head: the network ends at its last block and outputs the feature map %1, as the d2l chapter's single Residual blocks do. It cannot be trained as a classifier.</source>
            <translation>这个设计没有输出头：网络在最后一个块处结束，输出特征图 %1，就像 d2l 那一章中单独的 Residual 块。它不能作为分类器训练。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="452" />
            <source>Global average pooling turns each of the %1 channels of the %2 map into one number; a linear layer maps the %1 numbers to %3 class scores.</source>
            <translation>全局平均池化把 %2 特征图的 %1 个通道各变成一个数；全连接层把这 %1 个数映射为 %3 个类别分数。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="467" />
            <source>Fashion-MNIST images are 1×28×28; d2l resizes them to 96×96 to train and traces 224×224 to print the shapes.</source>
            <translation>Fashion-MNIST 图像为 1×28×28；d2l 训练时把它们缩放到 96×96，打印形状时则用 224×224 追踪。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="132" />
            <source>A residual block does not learn the mapping H(x) it needs directly. It learns the change F(x) and adds its input back:</source>
            <translation>残差块并不直接学习所需的映射 H(x)。它学习变化量 F(x)，再把输入加回去：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="178" />
            <source>2×2 average pool with stride %2, then a 1×1 conv with %1 filters</source>
            <translation>步幅为 %2 的 2×2 平均池化，再接含 %1 个卷积核的 1×1 卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="181" />
            <source>1×1 conv with %1 filters and stride %2</source>
            <translation>含 %1 个卷积核、步幅为 %2 的 1×1 卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="187" />
            <source>So x goes through a %1%2: it gives x the shape of F(x) without mixing neighbouring pixels.</source>
            <translation>因此 x 要经过%1%2：它使 x 的形状与 F(x) 相同，而不混合相邻像素。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="221" />
            <source>2×2 average pool, stride %1, then 1×1 conv</source>
            <translation>2×2 平均池化，步幅 %1，再接 1×1 卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="325" />
            <source>Mult-adds: parameters × N × H&lt;sub&gt;out&lt;/sub&gt; × W&lt;sub&gt;out&lt;/sub&gt; = &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>乘加运算 (MACs)：参数量 × N × H&lt;sub&gt;out&lt;/sub&gt; × W&lt;sub&gt;out&lt;/sub&gt; = &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="360" />
            <source>Stride 2 roughly halves the height and width; the formula gives the exact size: %1 → %2.</source>
            <translation>步幅 2 大约将高和宽减半；准确的尺寸由公式给出：%1 → %2。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="465" />
            <source>A batch of %1 image(s) with %2 channel(s) of %3×%4 pixels: the shape (N, C, H, W) = %5.</source>
            <translation>一批 %1 张图像，每张 %2 个通道、%3×%4 像素：形状 (N, C, H, W) = %5。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="167" />
            <source>Why zero-padding on the shortcut?</source>
            <translation>为什么在捷径上补零？</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="168" />
            <source>F(x) and x are added element by element, so they must have the same shape. Here they do not:</source>
            <translation>F(x) 与 x 逐元素相加，所以它们的形状必须相同。这里不同：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="183" />
            <source>Why a 1×1 conv on the shortcut?</source>
            <translation>为什么捷径连接上要用 1×1 卷积？</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="195" />
            <source>Identity cannot work here</source>
            <translation>这里不能用恒等映射</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="196" />
            <source>x and F(x) have different shapes, so they cannot be added:</source>
            <translation>x 和 F(x) 的形状不同，因此无法相加：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="300" />
            <source>The %1 has stride %2:</source>
            <translation>%1 的步幅为 %2：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/explain/html.py" line="323" />
            <source>C&lt;sub&gt;out&lt;/sub&gt; × C&lt;sub&gt;in&lt;/sub&gt;/groups × k × k (+ bias) = %1 = &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>C&lt;sub&gt;out&lt;/sub&gt; × C&lt;sub&gt;in&lt;/sub&gt;/groups × k × k（+ 偏置）= %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="148" />
            <source>Python code (.py)…</source>
            <translation>Python 代码 (.py)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="149" />
            <source>TorchScript (.pt)…</source>
            <translation>TorchScript (.pt)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="150" />
            <source>ONNX (.onnx)…</source>
            <translation>ONNX (.onnx)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="151" />
            <source>Weights as state_dict (.pt)…</source>
            <translation>权重 state_dict (.pt)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="152" />
            <source>Shape trace as text…</source>
            <translation>形状追踪（文本）…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="153" />
            <source>Shape trace as CSV…</source>
            <translation>形状追踪（CSV）…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="154" />
            <source>Run metrics as CSV…</source>
            <translation>运行指标（CSV）…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="155" />
            <source>Import torchvision weights…</source>
            <translation>导入 torchvision 权重…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="158" />
            <source>A standalone file that needs only torch, written like the d2l chapter; studio checkpoints load into it.</source>
            <translation>只依赖 torch 的独立文件，写法与 d2l 章节相同；本程序的检查点可以加载到其中。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="160" />
            <source>Needs the onnx package (pip install "resnet-studio[onnx]").</source>
            <translation>需要 onnx 包（pip install "resnet-studio[onnx]"）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="161" />
            <source>Load a torchvision ResNet state_dict (.pth) into the matching design.</source>
            <translation>将 torchvision ResNet 的 state_dict (.pth) 加载到匹配的设计中。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="195" />
            <source>Python (*.py)</source>
            <translation>Python (*.py)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="195" />
            <source>TorchScript (*.pt)</source>
            <translation>TorchScript (*.pt)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="196" />
            <source>ONNX (*.onnx)</source>
            <translation>ONNX (*.onnx)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="196" />
            <source>PyTorch weights (*.pt)</source>
            <translation>PyTorch 权重 (*.pt)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="197" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="202" />
            <source>Exporting %1…</source>
            <translation>正在导出 %1…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="208" />
            <source>Text (*.txt)</source>
            <translation>文本 (*.txt)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="209" />
            <location filename="../../resnet_studio/ui/export/actions.py" line="227" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="210" />
            <source>Export shape trace</source>
            <translation>导出形状追踪</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="219" />
            <source>Choose a run's metrics log</source>
            <translation>选择一次运行的指标日志</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="220" />
            <source>Metrics log (metrics.jsonl)</source>
            <translation>指标日志 (metrics.jsonl)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="225" />
            <source>Export run metrics</source>
            <translation>导出运行指标</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="232" />
            <source>Import torchvision weights</source>
            <translation>导入 torchvision 权重</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="233" />
            <source>PyTorch weights (*.pth *.pt)</source>
            <translation>PyTorch 权重 (*.pth *.pt)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="237" />
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="244" />
            <source>Import weights into %1</source>
            <translation>将权重导入 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="253" />
            <source>Loaded the weights of %1 into the design “%2”; exports now use them.</source>
            <translation>已将 %1 的权重加载到设计“%2”中；之后的导出将使用这些权重。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="256" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="258" />
            <source>onnxruntime is not installed, so its outputs were not checked.</source>
            <translation>未安装 onnxruntime，因此未检查其输出。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="260" />
            <source>Loaded back and checked against torch.</source>
            <translation>已重新加载并与 torch 的输出核对。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="262" />
            <source>(Fresh, untrained weights.)</source>
            <translation>（全新的、未训练的权重。）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/export/actions.py" line="272" />
            <source>Export or import failed</source>
            <translation>导出或导入失败</translation>
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
            <location filename="../../resnet_studio/core/export/errors.py" line="unexpected" />
            <source>The export stopped on an unexpected error: {reason}</source>
            <translation>导出因意外错误而中止：{reason}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/export/errors.py" line="unexpected" />
            <source>Try another format or file name; if it happens again, report it with this message.</source>
            <translation>请换一种格式或文件名再试；如果再次出现，请附上此消息报告问题。</translation>
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
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="407" />
            <source>Click an image in the gallery to see what each stage makes of it. Shown after the first epoch.</source>
            <translation>点击图库中的一张图像，查看每个阶段从中提取了什么。第一轮结束后显示。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="433" />
            <source>Held-out image %1 (a %2): predicted %3, %4 sure. Each grid shows a stage's output channels, each scaled on its own.</source>
            <translation>留出集图像 %1（%2）：预测为 %3，置信度 %4。每个网格显示一个阶段的输出通道，各通道单独缩放。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="441" />
            <source>input image (%1)</source>
            <translation>输入图像 (%1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="449" />
            <source>%1 output %2: %3 of %4 channels</source>
            <translation>%1 输出 %2：%4 个通道中的 %3 个</translation>
        </message>
    </context>
    <context>
        <name>FieldSpin</name>
        <message>
            <location filename="../../resnet_studio/ui/common/fields.py" line="92" />
            <source>%1 must be between %2 and %3: %4 was set to %5.</source>
            <translation>%1 必须在 %2 到 %3 之间：%4 已改为 %5。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/fields.py" line="93" />
            <source>This value</source>
            <translation>此值</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="44" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="45" />
            <source>Start over from the d2l ResNet-18 design</source>
            <translation>从 d2l 的 ResNet-18 设计重新开始</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="46" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="47" />
            <source>Open a design file (.json)</source>
            <translation>打开设计文件 (.json)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="48" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="49" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="50" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="62" />
            <source>Open design</source>
            <translation>打开设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="63" />
            <source>ResNet Studio designs (*.json);;All files (*)</source>
            <translation>ResNet Studio 设计 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="69" />
            <source>Cannot open the design</source>
            <translation>无法打开设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="80" />
            <source>%1 is %2 (allowed: %3)</source>
            <translation>%1 为 %2（允许：%3）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="83" />
            <source>%1: values the studio cannot use:</source>
            <translation>%1：本程序无法使用的值：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="84" />
            <source>Edit these values in the file, then open it again.</source>
            <translation>请在文件中修改这些值，然后重新打开。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="90" />
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="104" />
            <source>No recent designs</source>
            <translation>没有最近的设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="116" />
            <source>Save design as</source>
            <translation>设计另存为</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="117" />
            <source>ResNet Studio designs (*.json)</source>
            <translation>ResNet Studio 设计 (*.json)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="128" />
            <source>Cannot save the design</source>
            <translation>无法保存设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="129" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="130" />
            <source>Choose another folder or file name (Save As).</source>
            <translation>请选择其他文件夹或文件名（另存为）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="135" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/document/file_actions.py" line="161" />
            <source>Recovered the autosaved design; save it to keep it.</source>
            <translation>已恢复自动保存的设计；请保存以保留它。</translation>
        </message>
    </context>
    <context>
        <name>InsightTabs</name>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_tabs.py" line="80" />
            <source>Curves</source>
            <translation>曲线</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_tabs.py" line="81" />
            <source>Confusion matrix</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_tabs.py" line="82" />
            <source>Predictions &amp;&amp; feature maps</source>
            <translation>预测与特征图</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_tabs.py" line="83" />
            <source>Held-out images, mistakes first (most confident first). Red: wrong, green: right. Click one for its feature maps.</source>
            <translation>留出集图像，错误的排在前面（置信度高的优先）。红色：错误，绿色：正确。点击一张查看其特征图。</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="262" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="264" />
            <source>System default (%1)</source>
            <translation>跟随系统 (%1)</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="184" />
            <source>starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="225" />
            <source>Stopped. Press the button to measure again.</source>
            <translation>已停止。按按钮可重新测量。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="282" />
            <source>Apply the fix</source>
            <translation>应用修复</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="283" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="284" />
            <source>without BatchNorm</source>
            <translation>不用 BatchNorm</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="160" />
            <source>Lesson: two residual blocks</source>
            <translation>课程：两个残差块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="204" />
            <source>Lesson: 1x1 conv shortcut</source>
            <translation>课程：1x1 卷积捷径</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="230" />
            <source>The measurement failed: %1. The studio and your design are unaffected; try again, or run 'resnet-studio lesson %2' to see the details.</source>
            <translation>测量失败：%1。程序和你的设计都不受影响；请重试，或运行 'resnet-studio lesson %2' 查看详情。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="250" />
            <source>Try next: %1</source>
            <translation>接下来试试：%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="142" />
            <source>Another lesson is measuring: %1.</source>
            <translation>另一课程正在测量：%1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="166" />
            <source>Lesson: ResNet-18</source>
            <translation>课程：ResNet-18</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="255" />
            <source>No shortcut problem in the design now: every block whose shape changes has its 1x1 conv.</source>
            <translation>现在设计中没有捷径问题：每个改变形状的块都有自己的 1x1 卷积。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="145" />
            <source>Takes about %1 s on 2 CPU cores, in the background; the studio stays usable.</source>
            <translation>在 2 个 CPU 核心上约需 %1 秒，在后台运行；程序仍可正常使用。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/panel.py" line="169" />
            <source>Lesson: identity shortcut</source>
            <translation>课程：恒等捷径</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="119" />
            <source>On this small sample the deeper plain net does not train worse: the sample is too small to show the effect.</source>
            <translation>在这个小样本上，更深的普通网络并没有训练得更差：样本太小，显示不出这一效应。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="44" />
            <source>all agree</source>
            <translation>全部一致</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="44" />
            <source>they DIFFER</source>
            <translation>二者不一致</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="64" />
            <source>layer, input (0) to output (1)</source>
            <translation>层，从输入 (0) 到输出 (1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="65" />
            <source>gradient norm (log scale)</source>
            <translation>梯度范数（对数刻度）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="83" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="83" />
            <source>training error</source>
            <translation>训练误差</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="117" />
            <source>Both deeper nets train worse here, by similar amounts: the runs are too short to tell degradation from slower training.</source>
            <translation>这里两个更深的网络都训练得更差，差得差不多：训练太短，分不清是退化还是训练较慢。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="32" />
            <source>block</source>
            <translation>块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="32" />
            <source>input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="32" />
            <source>output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="32" />
            <source>parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="40" />
            <source>part</source>
            <translation>部分</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="40" />
            <source>trace</source>
            <translation>形状追踪</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="40" />
            <source>forward pass</source>
            <translation>前向传播</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="40" />
            <source>RF</source>
            <translation>感受野</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="41" />
            <source>output size</source>
            <translation>输出尺寸</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="54" />
            <source>last BN scale</source>
            <translation>最后一个 BN 的缩放</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="54" />
            <source>max |H(x) - x|, training</source>
            <translation>max |H(x) - x|，训练模式</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="55" />
            <source>evaluation</source>
            <translation>评估模式</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="69" />
            <source>%1 (%2 layers)</source>
            <translation>%1（%2 层）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="88" />
            <source>residual</source>
            <translation>残差</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="88" />
            <source>plain</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="94" />
            <source>Some nets stopped at their time budget (the CPU was busy).</source>
            <translation>部分网络因时间预算用完而提前停止（CPU 繁忙）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="107" />
            <source>The deeper plain net ends with %1 percentage points of training error more than the shallow one, the deeper residual net with %2: the degradation of the paper, in miniature.</source>
            <translation>更深的普通网络最终的训练误差比浅的多 %1 个百分点，更深的残差网络则为 %2：这就是论文中退化现象的缩影。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="113" />
            <source>In runs this short ResNet-56 has not yet caught up with ResNet-20; trained long enough it does.</source>
            <translation>训练这么短时 ResNet-56 还没追上 ResNet-20；训练足够久它会追上。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="52" />
            <source>zero</source>
            <translation>零</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/results.py" line="52" />
            <source>default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="27" />
            <source>1. The residual block</source>
            <translation>1. 残差块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="28" />
            <source>A residual block computes H(x) = ReLU(F(x) + x): two 3x3 convs make F(x), the shortcut carries x around them. The sum needs F(x) and x of the same shape. d2l builds Residual(3, 3) and Residual(3, 6, use_1x1conv=True, strides=2) and feeds them a (4, 3, 6, 6) batch.</source>
            <translation>残差块计算 H(x) = ReLU(F(x) + x)：两个 3x3 卷积得到 F(x)，捷径把 x 绕过它们直接送过去。相加要求 F(x) 与 x 形状相同。d2l 构建 Residual(3, 3) 和 Residual(3, 6, use_1x1conv=True, strides=2)，并输入一个 (4, 3, 6, 6) 的批量。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="32" />
            <source>Open the two blocks in the editor</source>
            <translation>在编辑器中打开这两个块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="33" />
            <source>Measured: Residual(3, 3) turns %1 into %2: same shape, so x is added as it is. Residual(3, 6, use_1x1conv=True, strides=2) turns %1 into %3: half the size, twice the channels, so the shortcut needs its own 1x1 conv with stride 2. The editor now holds both blocks (no stem, no head) and the shape trace shows the same shapes at batch 4.</source>
            <translation>实测：Residual(3, 3) 把 %1 变为 %2：形状不变，所以 x 原样相加。Residual(3, 6, use_1x1conv=True, strides=2) 把 %1 变为 %3：尺寸减半、通道翻倍，所以捷径需要自己的步幅为 2 的 1x1 卷积。编辑器中现在是这两个块（无主干、无输出头），形状追踪在批量 4 下显示相同的形状。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="38" />
            <source>In the editor, give the second stage 12 channels or stride 1 and watch the trace; set its shortcut to identity and read the error (lesson 3).</source>
            <translation>在编辑器中把第二个阶段改为 12 个通道或步幅 1，观察形状追踪；再把它的捷径设为恒等映射，阅读错误信息（第 3 课）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="45" />
            <source>2. ResNet-18's shapes</source>
            <translation>2. ResNet-18 的形状</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="46" />
            <source>d2l's ResNet-18 takes a (1, 1, 224, 224) image. Every conv and pool gives an output of size floor((H + 2p - k)/s) + 1 for input size H, padding p, kernel k and stride s.</source>
            <translation>d2l 的 ResNet-18 输入 (1, 1, 224, 224) 的图像。对输入尺寸 H、填充 p、卷积核 k 和步幅 s，每个卷积和池化的输出尺寸为 floor((H + 2p - k)/s) + 1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="49" />
            <source>Load ResNet-18 and compute the table</source>
            <translation>载入 ResNet-18 并计算表格</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="50" />
            <source>The stem halves the size twice (224 -&gt; 112 -&gt; 56); each later stage halves it once more while doubling the channels, down to %1 before the global average pool. Every shape of the trace agrees with a real forward pass: %2.</source>
            <translation>主干把尺寸减半两次（224 -&gt; 112 -&gt; 56）；之后每个阶段再减半一次并把通道翻倍，到全局平均池化之前为 %1。形状追踪的每个形状都与真实的前向传播对照：%2。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="54" />
            <source>Change the input to 96x96 (d2l's recipe) in the editor and read the trace: where does the map become 3x3?</source>
            <translation>在编辑器中把输入改为 96x96（d2l 的训练设置），阅读形状追踪：特征图在哪里变成 3x3？</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="61" />
            <source>3. When the shortcut needs a 1x1 conv</source>
            <translation>3. 捷径何时需要 1x1 卷积</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="62" />
            <source>Where a block changes the channels or the size, x cannot be added to F(x) as it is: the shortcut needs a 1x1 conv (with the block's stride) to match them. The button loads ResNet-18 with stage 2's first shortcut forced to identity.</source>
            <translation>当一个块改变通道数或尺寸时，x 不能原样加到 F(x) 上：捷径需要一个 1x1 卷积（使用该块的步幅）来对齐形状。按钮会载入 ResNet-18，并把阶段 2 第一个块的捷径强制设为恒等映射。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="66" />
            <source>Make stage 2's first shortcut identity</source>
            <translation>把阶段 2 的第一个捷径设为恒等映射</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="67" />
            <source>The studio refuses the design and says why:
%1
Fix: %2</source>
            <translation>程序拒绝该设计并说明原因：
%1
修复：%2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="68" />
            <source>Press 'Apply the fix' (Edit &gt; Undo takes it back). Then try the same on stage 1: why is an identity fine there?</source>
            <translation>按“应用修复”（编辑 &gt; 撤销可以还原）。然后在阶段 1 上做同样的尝试：为什么那里恒等映射没有问题？</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="75" />
            <source>4. Identity is easy to learn</source>
            <translation>4. 恒等映射容易学到</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="76" />
            <source>If the best a block can do is nothing, a residual block only has to make F(x) = 0. With its last BatchNorm's scale set to zero (as torchvision's zero_init_residual does), F(x) is exactly 0 and H(x) = ReLU(x) = x for a non-negative input. A plain block has no x to give back.</source>
            <translation>如果一个块最好什么都不做，残差块只需让 F(x) = 0。把最后一个 BatchNorm 的缩放设为零（torchvision 的 zero_init_residual 就是这样做的），F(x) 恰好为 0，对非负输入有 H(x) = ReLU(x) = x。普通块没有 x 可以传回。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="80" />
            <source>Measure max |H(x) - x|</source>
            <translation>测量 max |H(x) - x|</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="81" />
            <source>Residual block, last BN zeroed: max |H(x) - x| = %1, exactly. The plain block with the same zeroing outputs ReLU(0) = 0, so its distance is the input's largest value, %2; with default weights %3.</source>
            <translation>残差块，最后一个 BN 置零：max |H(x) - x| = %1，精确成立。同样置零的普通块输出 ReLU(0) = 0，所以差距就是输入的最大值 %2；用默认权重时为 %3。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="84" />
            <source>Open lesson 5: because the shortcut passes x through untouched, it also passes the gradient back untouched.</source>
            <translation>打开第 5 课：捷径把 x 原样传过去，也就把梯度原样传回来。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="91" />
            <source>5. Gradient flow at initialisation</source>
            <translation>5. 初始化时的梯度流</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="92" />
            <source>One forward and backward pass on 64 images of the sample, for He et al.'s CIFAR nets at depths 20, 56 and 110, residual and plain, seeded, Xavier init. The plot shows each conv and linear layer's gradient norm, input on the left, output on the right, on a log scale.</source>
            <translation>在样本的 64 张图像上做一次前向和反向传播，网络为 He et al. 的 CIFAR 网络，深度 20、56 和 110，残差与普通各一，固定随机种子，Xavier 初始化。图中是每个卷积层和线性层的梯度范数，左边是输入端，右边是输出端，对数刻度。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="96" />
            <source>Measure gradient norms</source>
            <translation>测量梯度范数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="97" />
            <source>With BatchNorm the plain nets' gradients do not vanish: they are wildly uneven, largest near the data. At depth 56 the plain net's norms span %1x (max/min), the residual net's %2x; at depth 110, %3x against %4x. Without BatchNorm the plain nets' gradients do vanish: at depth 56 the largest is %5, at 110 %6 (the signal dies going forward, so the loss stays at ln 10 = 2.30).</source>
            <translation>有 BatchNorm 时普通网络的梯度并不消失：它们极不均匀，靠近数据的一端最大。深度 56 时普通网络的梯度范数跨度为 %1 倍（最大/最小），残差网络为 %2 倍；深度 110 时为 %3 倍对 %4 倍。没有 BatchNorm 时普通网络的梯度确实消失：深度 56 时最大的仅为 %5，深度 110 时为 %6（信号在前向传播中就已消失，所以损失停在 ln 10 = 2.30）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="103" />
            <source>Tick 'without BatchNorm'. Then train cifar-resnet56 and its plain twin from the Training tab and compare the gradient-norm plots there.</source>
            <translation>勾选“不用 BatchNorm”。然后在“训练”页训练 cifar-resnet56 及其普通网络孪生版本，比较那里的梯度范数图。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="113" />
            <source>6. Degradation: deeper plain nets train worse</source>
            <translation>6. 退化：更深的普通网络训练得更差</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="122" />
            <source>Train the four nets</source>
            <translation>训练这四个网络</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="123" />
            <source>Final training error: plain-20 %1, plain-56 %2, ResNet-20 %3, ResNet-56 %4. %5</source>
            <translation>最终训练误差：普通 20 层 %1，普通 56 层 %2，ResNet-20 %3，ResNet-56 %4。%5</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="125" />
            <source>The sample is small and the runs short; for the paper's picture, train cifar-resnet20-plain and cifar-resnet56-plain (and their residual twins) on full Fashion-MNIST or CIFAR-10: Training tab, dataset; or resnet-studio train cifar-resnet56-plain --dataset cifar10 --resize 32 --epochs 30; then overlay the runs.</source>
            <translation>样本小、训练短；要得到论文中的图，请在完整的 Fashion-MNIST 或 CIFAR-10 上训练 cifar-resnet20-plain 和 cifar-resnet56-plain（以及它们的残差版本）：“训练”页选择数据集；或运行 resnet-studio train cifar-resnet56-plain --dataset cifar10 --resize 32 --epochs 30；然后叠加比较这些运行。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="135" />
            <source>7. The receptive field grows</source>
            <translation>7. 感受野逐层增大</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="136" />
            <source>Each output pixel of a layer sees a square of the input: its receptive field. A 3x3 conv adds 2 x (the stride so far) pixels to it, so it grows slowly in the stem and fast after each stride-2 layer. d2l's ResNet-18 at 96x96, drawn on a sample image.</source>
            <translation>一层的每个输出像素能看到输入中的一个正方形区域：它的感受野。一个 3x3 卷积让它增加 2 x（到此为止的累计步幅）个像素，所以它在主干中增长缓慢，而在每个步幅为 2 的层之后增长很快。这里是 96x96 下 d2l 的 ResNet-18，画在一张样本图像上。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="140" />
            <source>Compute receptive fields</source>
            <translation>计算感受野</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="141" />
            <source>%1: %2x%2 pixels around the centre output (stride so far %3). The square comes from the trace; the dashed box is measured: the input pixels whose gradient of that output is not zero. They agree for %4 of %5 layers.</source>
            <translation>%1：中心输出周围 %2x%2 个像素（累计步幅 %3）。实线正方形来自形状追踪；虚线框是实测的：该输出对其梯度不为零的输入像素。%5 层中有 %4 层二者一致。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="144" />
            <source>Move the slider: from stage 2 on, one output sees the whole 96x96 image. Try 224x224 in the editor and read the receptive field column of the trace.</source>
            <translation>拖动滑块：从阶段 2 起，一个输出就能看到整张 96x96 图像。在编辑器中试试 224x224，并阅读形状追踪中的感受野一列。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/lessons/texts.py" line="114" />
            <source>He et al. (2016, Figure 1): a 56-layer plain net has a higher training error than a 20-layer one; that is not overfitting, it is harder to optimise. Residual nets do not degrade. Here: plain-20 against plain-56 and ResNet-20 against ResNet-56, trained on %1 images of the sample at %2x%2, batch %3, %4 epochs, SGD (lr %5, momentum %6). At most %7 minutes: each net stops at a quarter of that budget.</source>
            <translation>He et al.（2016，图 1）：56 层普通网络的训练误差高于 20 层的；这不是过拟合，而是更难优化。残差网络不会退化。这里：普通 20 层对普通 56 层、ResNet-20 对 ResNet-56，在样本的 %1 张 %2x%2 图像上训练，批量 %3，%4 轮，SGD（学习率 %5，动量 %6）。最多 %7 分钟：每个网络用完四分之一的预算就停止。</translation>
        </message>
    </context>
    <context>
        <name>LongRun</name>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="76" />
            <source>%1 epochs instead of %2</source>
            <translation>%1 轮（而非 %2 轮）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="83" />
            <source>This run would take about %1 on the CPU (%2 per epoch): %3 epochs of %4 at %5×%5.</source>
            <translation>这次训练在 CPU 上约需 %1（每轮 %2）：在 %4 上训练 %3 轮，图像 %5×%5。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="88" />
            <source>There is no quicker choice with this design; a GPU would help.</source>
            <translation>此设计没有更快的选项；使用 GPU 会有帮助。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="104" />
            <source>A long run on the CPU</source>
            <translation>在 CPU 上耗时较长的运行</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="72" />
            <source>the embedded Fashion-MNIST sample (2,500 images) instead of %1</source>
            <translation>内置的 Fashion-MNIST 样本（2,500 张图像），而非 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="75" />
            <source>%1×%1 images instead of %2×%2</source>
            <translation>%1×%1 图像（而非 %2×%2）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="90" />
            <source>The fast choice takes about %1: %2.</source>
            <translation>快速方案约需 %1：%2。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="103" />
            <source>Train anyway</source>
            <translation>仍然训练</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/long_run.py" line="101" />
            <source>Use the fast choice (about %1)</source>
            <translation>使用快速方案（约 %1）</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="147" />
            <location filename="../../resnet_studio/ui/main_window.py" line="269" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="238" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="239" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="240" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="241" />
            <source>&amp;Presets</source>
            <translation>预设(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="242" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="243" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="244" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="245" />
            <source>Add stage</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="246" />
            <source>Duplicate stage</source>
            <translation>复制阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="247" />
            <source>Remove stage</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="248" />
            <source>Move stage up</source>
            <translation>上移阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="249" />
            <source>Move stage down</source>
            <translation>下移阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="250" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="251" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="252" />
            <source>Fit drawing</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="253" />
            <source>Drawing as PNG…</source>
            <translation>图形导出为 PNG…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="254" />
            <source>Drawing as SVG…</source>
            <translation>图形导出为 SVG…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="255" />
            <source>The residual idea</source>
            <translation>残差的思想</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="256" />
            <location filename="../../resnet_studio/ui/main_window.py" line="315" />
            <source>About ResNet Studio</source>
            <translation>关于 ResNet Studio</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="257" />
            <source>d2l.ai (Fashion-MNIST)</source>
            <translation>d2l.ai (Fashion-MNIST)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="257" />
            <source>torchvision</source>
            <translation>torchvision</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="258" />
            <source>CIFAR (He et al. 2016)</source>
            <translation>CIFAR（He 等，2016）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="262" />
            <source>Replace the design with %1 (undo brings it back)</source>
            <translation>用 %1 替换当前设计（可撤销）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="264" />
            <source>Shape trace</source>
            <translation>形状追踪</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="265" />
            <source>Explain</source>
            <translation>讲解</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="266" />
            <source>Lessons</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="284" />
            <source>Preset %1</source>
            <translation>预设 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="298" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="298" />
            <source>SVG images (*.svg)</source>
            <translation>SVG 图片 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="299" />
            <source>Export drawing</source>
            <translation>导出图形</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="307" />
            <source>Cannot export the drawing</source>
            <translation>无法导出图形</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="308" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="309" />
            <source>Choose another folder or file name.</source>
            <translation>请选择其他文件夹或文件名。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="311" />
            <source>Drawing written to %1</source>
            <translation>图形已写入 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="316" />
            <source>ResNet Studio: design residual networks block by block, watch the shapes flow, and train them, in the spirit of the d2l.ai ResNet chapter.</source>
            <translation>ResNet Studio：逐块设计残差网络，观察张量形状的流动，并训练它们，秉承 d2l.ai ResNet 章节的精神。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="322" />
            <source>not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="331" />
            <source>valid</source>
            <translation>有效</translation>
        </message>
        <message numerus="yes">
            <location filename="../../resnet_studio/ui/main_window.py" line="331" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="337" />
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="337" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="338" />
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/main_window.py" line="338" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>MetricPlot</name>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="328" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="329" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="330" />
            <source>Save this plot as a picture or its data as CSV</source>
            <translation>将此图保存为图片，或将其数据保存为 CSV</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="331" />
            <source>Picture (PNG)…</source>
            <translation>图片 (PNG)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="332" />
            <source>Data (CSV)…</source>
            <translation>数据 (CSV)…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="333" />
            <source>Move the mouse over the plot to read a point</source>
            <translation>将鼠标移到图上可读取数据点</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="453" />
            <source>%1 — epoch %2: %3</source>
            <translation>%1 — 第 %2 轮：%3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="485" />
            <source>Could not write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="501" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="501" />
            <source>CSV data (*.csv)</source>
            <translation>CSV 数据 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="502" />
            <source>Export plot</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plot_widgets.py" line="508" />
            <source>Export failed: %1</source>
            <translation>导出失败：%1</translation>
        </message>
    </context>
    <context>
        <name>PanelLoader</name>
        <message>
            <location filename="../../resnet_studio/ui/app.py" line="81" />
            <source>Loading PyTorch for training and export…</source>
            <translation>正在加载 PyTorch（用于训练和导出）…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/app.py" line="82" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/app.py" line="128" />
            <source>Training and export are unavailable: PyTorch could not be loaded (%1). Reinstall it (pip install --force-reinstall torch torchvision) and restart the studio; designing and the shape trace work without it.</source>
            <translation>训练和导出不可用：无法加载 PyTorch（%1）。请重新安装（pip install --force-reinstall torch torchvision）并重启 ResNet Studio；设计和形状追踪无需 PyTorch 也能使用。</translation>
        </message>
    </context>
    <context>
        <name>PredictionGallery</name>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="358" />
            <source>held-out image %1: %2, predicted correctly (%3 sure)</source>
            <translation>留出集图像 %1：%2，预测正确（置信度 %3）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/insight_views.py" line="362" />
            <source>held-out image %1: a %2 predicted as %3 (%4 sure)</source>
            <translation>留出集图像 %1：%2 被预测为 %3（置信度 %4）</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="54" />
            <source>stage %1</source>
            <translation>阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="55" />
            <source>block %1</source>
            <translation>块 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="56" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="57" />
            <source>design</source>
            <translation>设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="value_not_positive" />
            <source>{where}: {field} must be at least {minimum}, got {value}.</source>
            <translation>{where}：{field} 至少应为 {minimum}，当前为 {value}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="value_not_positive" />
            <source>Set {field} to {minimum} or more.</source>
            <translation>将 {field} 设为 {minimum} 或更大。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="value_too_large" />
            <source>{where}: {field} is {value}, above the limit of {maximum}.</source>
            <translation>{where}：{field} 为 {value}，超过上限 {maximum}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="value_too_large" />
            <source>Set {field} to {maximum} or less.</source>
            <translation>将 {field} 设为 {maximum} 或更小。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="bad_choice" />
            <source>{where}: {field} is '{value}', which is not one of {choices}.</source>
            <translation>{where}：{field} 为 '{value}'，不是 {choices} 之一。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="bad_choice" />
            <source>Choose one of {choices}.</source>
            <translation>请从 {choices} 中选择一个。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="no_stages" />
            <source>The design has no stages.</source>
            <translation>该设计没有任何阶段。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="no_stages" />
            <source>Add at least one stage.</source>
            <translation>至少添加一个阶段。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="identity_shape_mismatch" />
            <source>{where}: an identity shortcut cannot add x to F(x): {reason}.</source>
            <translation>{where}：恒等映射捷径无法将 x 与 F(x) 相加：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="identity_shape_mismatch" />
            <source>Enable a 1x1 projection shortcut here (shortcut 'projection' or 'auto').</source>
            <translation>在此启用 1x1 卷积投影捷径（捷径连接设为 'projection' 或 'auto'）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="zero_pad_fewer_channels" />
            <source>{where}: a zero-pad shortcut (option A) can only add channels, not go from {in_channels} down to {out_channels}.</source>
            <translation>{where}：补零捷径（选项 A）只能增加通道，不能从 {in_channels} 减少到 {out_channels}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="zero_pad_fewer_channels" />
            <source>Use a 1x1 projection shortcut here (shortcut 'projection'), or at least {in_channels} channels.</source>
            <translation>在这里使用 1x1 投影捷径（捷径设为“projection”），或者使用至少 {in_channels} 个通道。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="bottleneck_channels" />
            <source>{where}: a bottleneck stage's output channels ({channels}) must be a multiple of its expansion ({expansion}).</source>
            <translation>{where}：瓶颈块阶段的输出通道数 ({channels}) 必须是其扩展倍数 ({expansion}) 的整数倍。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="bottleneck_channels" />
            <source>Use {suggestion} output channels.</source>
            <translation>使用 {suggestion} 个输出通道。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="groups_mismatch" />
            <source>{where}: the grouped 3x3 conv has {width} channels, which {groups} groups do not divide.</source>
            <translation>{where}：分组 3x3 卷积有 {width} 个通道，不能被 {groups} 个分组整除。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="groups_mismatch" />
            <source>Choose groups that divide {width}, or change width per group.</source>
            <translation>选择能整除 {width} 的分组数，或修改每组宽度。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="spatial_too_small" />
            <source>{where}: the feature map shrinks to {height}x{width} at {layer}; floor(({size} + 2*{padding} - {kernel})/{stride}) + 1 &lt; 1.</source>
            <translation>{where}：特征图在 {layer} 处缩小为 {height}x{width}；floor(({size} + 2*{padding} - {kernel})/{stride}) + 1 &lt; 1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="spatial_too_small" />
            <source>Use an input of at least {min_input}x{min_input}, fewer stride-2 layers, or a smaller kernel.</source>
            <translation>使用至少 {min_input}x{min_input} 的输入、减少步幅为 2 的层，或使用更小的卷积核。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="design_too_large" />
            <source>The design would have about {params:,} parameters ({weight_gb:.1f} GB of weights), above the limit of {limit:,}.</source>
            <translation>该设计约有 {params:,} 个参数（权重 {weight_gb:.1f} GB），超过上限 {limit:,}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="design_too_large" />
            <source>Reduce the channels or the number of blocks.</source>
            <translation>减少通道数或块数。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="activations_too_large" />
            <source>One forward pass at {input} would hold about {activation_gb:.1f} GB of activations, above the limit of {limit_gb:g} GB.</source>
            <translation>输入为 {input} 时，一次前向传播约需 {activation_gb:.1f} GB 激活值，超过上限 {limit_gb:g} GB。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="activations_too_large" />
            <source>Use a smaller input or fewer channels.</source>
            <translation>使用更小的输入或更少的通道。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_not_found" />
            <source>{path}: no such file.</source>
            <translation>{path}：文件不存在。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_not_found" />
            <source>Check the path.</source>
            <translation>请检查路径。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_unreadable" />
            <source>{path}: cannot be read ({reason}).</source>
            <translation>{path}：无法读取（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_unreadable" />
            <source>Check the file's permissions.</source>
            <translation>请检查文件权限。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_not_json" />
            <source>{path}: not a JSON file ({reason}).</source>
            <translation>{path}：不是 JSON 文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_not_json" />
            <source>Open a ResNet Studio design (.json) saved by the studio or written by hand.</source>
            <translation>请打开由 ResNet Studio 保存或手写的 ResNet Studio 设计文件 (.json)。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_not_design" />
            <source>{path}: this JSON is not a ResNet Studio design (missing '{field}').</source>
            <translation>{path}：此 JSON 不是 ResNet Studio 设计（缺少 '{field}'）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_not_design" />
            <source>Open a file saved by ResNet Studio; see the design format in the README.</source>
            <translation>请打开由 ResNet Studio 保存的文件；设计文件格式见 README。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_version" />
            <source>{path}: design format version {version} is newer than this studio reads ({supported}).</source>
            <translation>{path}：设计格式版本 {version} 比本程序支持的版本 ({supported}) 更新。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="file_version" />
            <source>Update ResNet Studio.</source>
            <translation>请更新 ResNet Studio。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="field_type" />
            <source>{where}: field '{field}' should be {expected}, got {value}.</source>
            <translation>{where}：字段 '{field}' 应为{expected}，实际为 {value}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="field_type" />
            <source>Fix '{field}' in the file.</source>
            <translation>请修正文件中的 '{field}'。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="number_too_long" />
            <source>{where}: '{field}' is a number of {digits} digits, longer than any number a design takes.</source>
            <translation>{where}：“{field}” 是一个 {digits} 位的数字，比设计接受的任何数字都长。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="field_unknown" />
            <source>{where}: unknown field '{field}'.</source>
            <translation>{where}：未知字段 '{field}'。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="field_unknown" />
            <source>Remove '{field}' or check its spelling (known: {known}).</source>
            <translation>删除 '{field}' 或检查拼写（已知字段：{known}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="unknown_preset" />
            <source>No preset named '{name}'.</source>
            <translation>没有名为 '{name}' 的预设。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="unknown_preset" />
            <source>Choose one of: {choices}.</source>
            <translation>请从以下选项中选择：{choices}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="reason.channels" />
            <source>channels change {in_channels} -&gt; {out_channels}</source>
            <translation>通道数从 {in_channels} 变为 {out_channels}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="reason.halves" />
            <source>stride {stride} halves the size</source>
            <translation>步幅 {stride} 使尺寸减半</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="reason.shrinks" />
            <source>stride {stride} shrinks the size</source>
            <translation>步幅 {stride} 使尺寸缩小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="reason.channels_halves" />
            <source>channels change {in_channels} -&gt; {out_channels} and stride {stride} halves the size</source>
            <translation>通道数从 {in_channels} 变为 {out_channels}，且步幅 {stride} 使尺寸减半</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="reason.channels_shrinks" />
            <source>channels change {in_channels} -&gt; {out_channels} and stride {stride} shrinks the size</source>
            <translation>通道数从 {in_channels} 变为 {out_channels}，且步幅 {stride} 使尺寸缩小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="reason.size" />
            <source>stride {stride} changes the size {in_height}x{in_width} -&gt; {out_height}x{out_width}</source>
            <translation>步幅 {stride} 使尺寸从 {in_height}x{in_width} 变为 {out_height}x{out_width}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/design/problems.py" line="reason.channels_size" />
            <source>channels change {in_channels} -&gt; {out_channels} and stride {stride} changes the size {in_height}x{in_width} -&gt; {out_height}x{out_width}</source>
            <translation>通道数从 {in_channels} 变为 {out_channels}，且步幅 {stride} 使尺寸从 {in_height}x{in_width} 变为 {out_height}x{out_width}</translation>
        </message>
    </context>
    <context>
        <name>ProblemField</name>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="70" />
            <source>input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="71" />
            <source>stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="72" />
            <source>head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="73" />
            <source>input channels</source>
            <translation>输入通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="74" />
            <source>input height</source>
            <translation>输入高度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="75" />
            <source>input width</source>
            <translation>输入宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="76" />
            <source>input shape (N, C, H, W)</source>
            <translation>输入形状 (N, C, H, W)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="77" />
            <source>stem style</source>
            <translation>主干层样式</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="78" />
            <source>head style</source>
            <translation>输出头样式</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="79" />
            <source>block order</source>
            <translation>块内顺序</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="80" />
            <source>auto shortcut</source>
            <translation>自动捷径</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="81" />
            <source>SE reduction ratio</source>
            <translation>SE 缩减比</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="82" />
            <source>drop-path rate</source>
            <translation>随机深度比率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="83" />
            <source>zero-init last BN</source>
            <translation>最后 BN 零初始化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="84" />
            <source>a number</source>
            <translation>一个数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="85" />
            <source>stem channels</source>
            <translation>主干层通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="86" />
            <source>stem kernel</source>
            <translation>主干层卷积核大小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="87" />
            <source>stem stride</source>
            <translation>主干层步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="88" />
            <source>stem padding</source>
            <translation>主干层填充</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="89" />
            <source>pool kernel</source>
            <translation>池化核大小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="90" />
            <source>pool stride</source>
            <translation>池化步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="91" />
            <source>pool padding</source>
            <translation>池化填充</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="92" />
            <source>classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="93" />
            <source>channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="94" />
            <source>blocks</source>
            <translation>块数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="95" />
            <source>stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="96" />
            <source>groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="97" />
            <source>width per group</source>
            <translation>每组宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="98" />
            <source>design</source>
            <translation>设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="99" />
            <source>stages</source>
            <translation>阶段数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="100" />
            <source>blocks in all stages</source>
            <translation>所有阶段的块数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="101" />
            <source>layers (at most)</source>
            <translation>层数（最多）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="102" />
            <source>block kind</source>
            <translation>块类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="103" />
            <source>shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="104" />
            <source>bottleneck width (channels/4 * width per group/64 * groups)</source>
            <translation>瓶颈宽度 (channels/4 * width per group/64 * groups)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="106" />
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="107" />
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="108" />
            <source>a string</source>
            <translation>字符串</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="109" />
            <source>an object {...}</source>
            <translation>对象 {...}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="110" />
            <source>a list of stages</source>
            <translation>阶段列表</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/common/i18n.py" line="111" />
            <source>a list</source>
            <translation>列表</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="76" />
            <source>Epoch %1 of %2 · batch %3 of %4</source>
            <translation>第 %1/%2 轮 · 第 %3/%4 批</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="79" />
            <source>Run: %1 of %2 epochs</source>
            <translation>运行：%1/%2 轮</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="83" />
            <source>Epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="84" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="89" />
            <source>elapsed %1</source>
            <translation>已用 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="91" />
            <source>ETA %1</source>
            <translation>剩余 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="93" />
            <source>%1 images/s</source>
            <translation>每秒 %1 张图像</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="95" />
            <source>loss %1</source>
            <translation>损失 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="99" />
            <source>Ready.</source>
            <translation>就绪。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="99" />
            <source>Estimating…</source>
            <translation>正在估计…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="100" />
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="100" />
            <source>Training…</source>
            <translation>正在训练…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="101" />
            <source>Paused.</source>
            <translation>已暂停。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/progress.py" line="102" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
    </context>
    <context>
        <name>RunsList</name>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="89" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="89" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="89" />
            <source>Held-out</source>
            <translation>留出集</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="90" />
            <source>Epochs</source>
            <translation>轮数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="91" />
            <source>Tick a run to draw it on the plots; double-click its name to rename it.</source>
            <translation>勾选一次运行即可在图表中绘制它；双击名称可重命名。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="93" />
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="94" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="95" />
            <source>Delete the run's folder: curves and checkpoint</source>
            <translation>删除该运行的文件夹：曲线和检查点</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="105" />
            <source>running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="105" />
            <source>finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="106" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="106" />
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="133" />
            <source>%1
created %2 · %3 · %4 · lr %5 · batch %6</source>
            <translation>%1
创建于 %2 · %3 · %4 · 学习率 %5 · 批量 %6</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="239" />
            <source>A run needs a name; the old one is kept.</source>
            <translation>运行需要一个名称；已保留原名称。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="244" />
            <source>Could not rename the run: %1</source>
            <translation>无法重命名该运行：%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="256" />
            <source>Delete run</source>
            <translation>删除运行</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="257" />
            <source>Delete the run “%1” with its curves and checkpoint? This cannot be undone.</source>
            <translation>删除运行“%1”及其曲线和检查点？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/runs_list.py" line="265" />
            <source>Could not delete the run: %1</source>
            <translation>无法删除该运行：%1</translation>
        </message>
    </context>
    <context>
        <name>StageCard</name>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="242" />
            <source>Stage %1</source>
            <translation>阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="243" />
            <source>Channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="243" />
            <source>Blocks</source>
            <translation>块数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="244" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="244" />
            <source>Block</source>
            <translation>块类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="245" />
            <source>Shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="245" />
            <source>Groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="246" />
            <source>Width/group</source>
            <translation>每组宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="247" />
            <source>channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="247" />
            <source>blocks</source>
            <translation>块数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="248" />
            <source>stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="248" />
            <source>block kind</source>
            <translation>块类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="249" />
            <source>shortcut</source>
            <translation>捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="249" />
            <source>groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="250" />
            <source>width per group</source>
            <translation>每组宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="255" />
            <source>Stage %1 %2</source>
            <translation>阶段 %1 %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="258" />
            <source>Output channels of every block in this stage. For bottleneck blocks this is after the 4x expansion (ResNet-50's first stage has 256).</source>
            <translation>此阶段每个块的输出通道数。对瓶颈块而言是 4 倍扩展之后的通道数（ResNet-50 的第一个阶段为 256）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="260" />
            <source>How many residual blocks this stage stacks.</source>
            <translation>此阶段堆叠的残差块数量。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="262" />
            <source>Stride of the stage's first block: 2 halves the height and width (56x56 -&gt; 28x28); the other blocks use stride 1.</source>
            <translation>此阶段第一个块的步幅：2 使高度和宽度减半（56x56 -&gt; 28x28）；其余块的步幅为 1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="265" />
            <source>basic: two 3x3 convs (ResNet-18/34). bottleneck: 1x1 reduce, 3x3, 1x1 expand by 4 (ResNet-50 and deeper): fewer MACs per channel.</source>
            <translation>基本块：两个 3x3 卷积（ResNet-18/34）。瓶颈块：1x1 降维、3x3、1x1 扩展 4 倍（ResNet-50 及更深）：每个通道的乘加运算 (MACs) 更少。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="268" />
            <source>How x reaches the sum H(x) = F(x) + x. auto: identity where the shape stays, a 1x1 conv projection where the channels or the stride change. identity: x unchanged (the shapes must match). projection: always a 1x1 conv. none: no shortcut, a plain network.</source>
            <translation>x 如何到达求和 H(x) = F(x) + x。自动：形状不变时用恒等映射，通道数或步幅改变时用 1x1 卷积投影。恒等映射：x 原样相加（形状必须一致）。投影：总是使用 1x1 卷积。无：没有捷径连接，即普通网络。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="273" />
            <source>Groups of the bottleneck's 3x3 conv (ResNeXt's cardinality); 1 is an ordinary conv.</source>
            <translation>瓶颈块中 3x3 卷积的分组数（ResNeXt 的基数）；1 表示普通卷积。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="275" />
            <source>Channels per group of the bottleneck's 3x3 conv, on a base of 64: 128 makes Wide ResNet-50-2, 4 with 32 groups makes ResNeXt-50 32x4d.</source>
            <translation>瓶颈块中 3x3 卷积每组的通道数，以 64 为基准：128 即 Wide ResNet-50-2，4 配合 32 个分组即 ResNeXt-50 32x4d。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="281" />
            <source>basic</source>
            <translation>基本块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="281" />
            <source>bottleneck</source>
            <translation>瓶颈块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="284" />
            <source>Identity where the shape stays; where it changes, the design's auto shortcut (Options: 1x1 projection, option A or avg-down).</source>
            <translation>形状不变处用恒等映射；形状改变处用设计的自动捷径（见“选项”：1x1 投影、选项 A 或 avg-down）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="286" />
            <source>Always add x unchanged: needs equal shapes.</source>
            <translation>总是原样加上 x：要求形状一致。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="287" />
            <source>Always reshape x with a 1x1 conv (with stride).</source>
            <translation>总是用 1x1 卷积（带步幅）变换 x 的形状。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="288" />
            <source>Option A of He et al.: take every stride-th pixel and append zero channels. No parameters; cannot reduce channels.</source>
            <translation>He 等人的选项 A：按步幅每隔若干像素取一个，并补上全零通道。没有参数；不能减少通道数。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="290" />
            <source>ResNet-D: a 2x2 average pool with the stride, then a 1x1 conv, so no pixel is skipped.</source>
            <translation>ResNet-D：先做带步幅的 2x2 平均池化，再接 1x1 卷积，因此不会跳过任何像素。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="292" />
            <source>No shortcut: H(x) = F(x), a plain network.</source>
            <translation>无捷径连接：H(x) = F(x)，即普通网络。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="293" />
            <source>Move this stage up</source>
            <translation>上移此阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="294" />
            <source>Move this stage down</source>
            <translation>下移此阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="295" />
            <source>Duplicate this stage</source>
            <translation>复制此阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="296" />
            <source>Remove this stage</source>
            <translation>删除此阶段</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="303" />
            <source>auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="303" />
            <source>identity</source>
            <translation>恒等映射</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="304" />
            <source>1x1 projection</source>
            <translation>1x1 投影</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="304" />
            <source>option A: zero-pad</source>
            <translation>选项 A：补零</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="305" />
            <source>avg-down (ResNet-D)</source>
            <translation>avg-down（ResNet-D）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="305" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="309" />
            <source>%1 blocks: stride and shortcut of each</source>
            <translation>%1 个块：各块的步幅和捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="347" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="391" />
            <source>Stage %1: %2 = %3</source>
            <translation>阶段 %1：%2 = %3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/editor/stage_card.py" line="396" />
            <source>Stage %1: %2 blocks</source>
            <translation>阶段 %1：%2 个块</translation>
        </message>
    </context>
    <context>
        <name>TraceModel</name>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="254" />
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="254" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="254" />
            <source>Output shape</source>
            <translation>输出形状</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="254" />
            <source>Params</source>
            <translation>参数量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="255" />
            <source>FLOPs</source>
            <translation>FLOPs</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="255" />
            <source>MACs</source>
            <translation>乘加运算</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="255" />
            <source>RF</source>
            <translation>感受野</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="255" />
            <source>Memory</source>
            <translation>内存</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="256" />
            <source>Layer, block or stage (expand a row to see what is inside)</source>
            <translation>层、块或阶段（展开一行可查看其内部）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="257" />
            <source>What the layer is: kernel, stride (/2), groups</source>
            <translation>层的类型：卷积核、步幅（/2）、分组</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="258" />
            <source>Output shape (N, C, H, W) for the input shape above</source>
            <translation>上方输入形状下的输出形状 (N, C, H, W)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="259" />
            <source>Learnable parameters (weights and biases)</source>
            <translation>可学习参数（权重和偏置）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="260" />
            <source>Floating-point operations of one forward pass at this batch size: 2 per multiply-add</source>
            <translation>在当前批量大小下一次前向传播的浮点运算次数：每次乘加算 2 次</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="262" />
            <source>Multiply-adds of one forward pass at this batch size</source>
            <translation>在此批量大小下一次前向传播的乘加运算次数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="263" />
            <source>Receptive field: how many input pixels (per side) one output sees</source>
            <translation>感受野：一个输出能看到的输入像素数（每边）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="264" />
            <source>Memory of the output activations at this batch size (float32)</source>
            <translation>在此批量大小下输出激活值所占内存（float32）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="60" />
            <source>Add: F(x) + x</source>
            <translation>相加：F(x) + x</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="110" />
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="111" />
            <source>image batch</source>
            <translation>图像批次</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="66" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="170" />
            <source>%1 × block %2</source>
            <translation>%1 × 块 %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="57" />
            <source>g=%1</source>
            <translation>g=%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="103" />
            <source>Stage %1</source>
            <translation>阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="105" />
            <source>Block %1</source>
            <translation>块 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="150" />
            <source>Blocks %1–%2</source>
            <translation>块 %1–%2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="97" />
            <source>Stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="97" />
            <source>Head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="181" />
            <source>%1 blocks</source>
            <translation>%1 个块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="174" />
            <source>identity</source>
            <translation>恒等映射</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="174" />
            <source>1x1 projection</source>
            <translation>1x1 投影</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="175" />
            <source>option A: zero-pad</source>
            <translation>选项 A：补零</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="176" />
            <source>avg-down (ResNet-D)</source>
            <translation>avg-down（ResNet-D）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="177" />
            <source>no shortcut</source>
            <translation>无捷径连接</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="178" />
            <source>basic</source>
            <translation>基本块</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/model.py" line="178" />
            <source>bottleneck</source>
            <translation>瓶颈块</translation>
        </message>
    </context>
    <context>
        <name>TracePane</name>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="157" />
            <source>Input (N, C, H, W)</source>
            <translation>输入 (N, C, H, W)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="158" />
            <location filename="../../resnet_studio/ui/trace/view.py" line="221" />
            <location filename="../../resnet_studio/ui/trace/view.py" line="273" />
            <source>MACs</source>
            <translation>乘加运算 (MACs)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="158" />
            <source>FLOPs (2 × MACs)</source>
            <translation>FLOPs（2 × MACs）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="160" />
            <source>Count multiply-adds (MACs, as torchinfo) or floating-point operations (FLOPs, 2 per multiply-add, as many papers).</source>
            <translation>统计乘加运算次数（MACs，与 torchinfo 相同）或浮点运算次数（FLOPs，每次乘加算 2 次，许多论文如此）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="162" />
            <location filename="../../resnet_studio/ui/trace/view.py" line="261" />
            <location filename="../../resnet_studio/ui/trace/view.py" line="268" />
            <source>Verify with torchinfo</source>
            <translation>用 torchinfo 核对</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="164" />
            <source>Build the model, run torchinfo.summary in the background and say whether its parameters and mult-adds agree with this trace.</source>
            <translation>构建模型，在后台运行 torchinfo.summary，并说明它的参数量和乘加运算次数是否与这份形状追踪一致。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="166" />
            <source>N: the batch size. MACs and activation memory grow with it.</source>
            <translation>N：批量大小。乘加运算 (MACs) 和激活值内存随之增长。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="167" />
            <source>C: input channels (the design's input).</source>
            <translation>C：输入通道数（设计的输入）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="168" />
            <source>H: input height in pixels (the design's input).</source>
            <translation>H：输入高度，单位像素（设计的输入）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="169" />
            <source>W: input width in pixels (the design's input).</source>
            <translation>W：输入宽度，单位像素（设计的输入）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="170" />
            <source>batch size</source>
            <translation>批量大小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="170" />
            <source>input channels</source>
            <translation>输入通道数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="170" />
            <source>input height</source>
            <translation>输入高度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="171" />
            <source>input width</source>
            <translation>输入宽度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="194" />
            <source>Set %1 to %2</source>
            <translation>将 %1 设为 %2</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="220" />
            <source>Params</source>
            <translation>参数量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="221" />
            <location filename="../../resnet_studio/ui/trace/view.py" line="273" />
            <source>FLOPs</source>
            <translation>FLOPs</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="223" />
            <source>Activations</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="224" />
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="225" />
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message numerus="yes">
            <location filename="../../resnet_studio/ui/trace/view.py" line="237" />
            <source>✗ %n problem(s): shown up to the first error</source>
            <translation>
                <numerusform>✗ %n 个问题：只显示到第一个错误处</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="241" />
            <source>✓ valid design</source>
            <translation>✓ 设计有效</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="247" />
            <source> (and %1 more)</source>
            <translation>（另有 %1 个）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="248" />
            <source>Fix:</source>
            <translation>修正：</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="275" />
            <source>torchinfo agrees with the trace: %1 parameters, %2 %3.</source>
            <translation>torchinfo 与形状追踪一致：%1 个参数，%2 %3。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/trace/view.py" line="278" />
            <source>torchinfo differs from the trace: parameters %1 (trace %2), %3 %4 (trace %5).</source>
            <translation>torchinfo 与形状追踪不一致：参数 %1（追踪 %2），%3 %4（追踪 %5）。</translation>
        </message>
    </context>
    <context>
        <name>TrainingError</name>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="bad_config" />
            <source>Training setting '{field}' = {value} cannot be used: {why}.</source>
            <translation>训练设置 '{field}' = {value} 无法使用：{why}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="bad_config" />
            <source>{hint}</source>
            <translation>{hint}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="design_invalid" />
            <source>The design cannot be trained: {problem}</source>
            <translation>该设计无法训练：{problem}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="design_invalid" />
            <source>{problem_fix}</source>
            <translation>{problem_fix}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="input_too_small" />
            <source>The design cannot take {size}x{size} images: {problem}</source>
            <translation>该设计无法接受 {size}x{size} 的图像：{problem}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="input_too_small" />
            <source>{problem_fix} Or change the resize setting (now {resize}).</source>
            <translation>{problem_fix} 或修改缩放设置（当前为 {resize}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="device_unavailable" />
            <source>Device '{device}' is not available here: {cause}.</source>
            <translation>设备 '{device}' 在此不可用：{cause}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="device_unavailable" />
            <source>Choose one of: {choices}.</source>
            <translation>请从以下选项中选择：{choices}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="dataset_missing" />
            <source>{dataset} is not in {folder}{reason}.</source>
            <translation>{dataset} 不在 {folder} 中{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="dataset_missing" />
            <source>Connect to the internet and train once with download on (the files go to {folder}), or copy {files} into {folder} yourself. The embedded sample ('fashion-mnist-sample') works offline.</source>
            <translation>请联网并在开启下载的情况下训练一次（文件保存到 {folder}），或自行将 {files} 复制到 {folder}。内置样本（'fashion-mnist-sample'）可离线使用。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="dataset_corrupt" />
            <source>{dataset} in {folder} cannot be read: {reason}.</source>
            <translation>{folder} 中的 {dataset} 无法读取：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="dataset_corrupt" />
            <source>Delete the files in {folder} and download them again (or copy intact ones there).</source>
            <translation>删除 {folder} 中的文件并重新下载（或复制完好的文件到该处）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="folder_missing" />
            <source>The image folder {folder} does not exist.</source>
            <translation>图像文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="folder_missing" />
            <source>Choose a folder that holds one sub-folder of images per class, e.g. {folder}/cat/001.png and {folder}/dog/001.png.</source>
            <translation>请选择每个类别各有一个图像子文件夹的文件夹，例如 {folder}/cat/001.png 和 {folder}/dog/001.png。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="folder_empty" />
            <source>The image folder {folder} has no class sub-folders with images ({reason}).</source>
            <translation>图像文件夹 {folder} 中没有包含图像的类别子文件夹（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="folder_empty" />
            <source>Put the images in one sub-folder per class, e.g. {folder}/cat/001.png and {folder}/dog/001.png (.png, .jpg, .bmp, .webp ...).</source>
            <translation>请将图像按类别放入各自的子文件夹，例如 {folder}/cat/001.png 和 {folder}/dog/001.png（.png、.jpg、.bmp、.webp ...）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="folder_too_large" />
            <source>The images of {folder} at {size}x{size} need {gb} GB of memory, above the limit of {limit_gb} GB.</source>
            <translation>{folder} 中的图像在 {size}x{size} 下需要 {gb} GB 内存，超过上限 {limit_gb} GB。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="folder_too_large" />
            <source>Use a smaller resize or fewer images (train_limit).</source>
            <translation>使用更小的缩放尺寸或更少的图像 (train_limit)。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="channel_mismatch" />
            <source>{dataset} images have {data_channels} channel(s) but the design takes {design_channels}.</source>
            <translation>{dataset} 的图像有 {data_channels} 个通道，但该设计的输入为 {design_channels} 个通道。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="channel_mismatch" />
            <source>Set the design's input channels to {data_channels}.</source>
            <translation>将设计的输入通道数设为 {data_channels}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="no_head" />
            <source>The design has no head: it outputs a feature map, not class scores, so it cannot be trained as a classifier.</source>
            <translation>这个设计没有输出头：它输出的是特征图而不是类别分数，因此不能作为分类器训练。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="no_head" />
            <source>Set the head's style to linear.</source>
            <translation>把输出头的样式设为 linear。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="classes_mismatch" />
            <source>{dataset} has {data_classes} classes but the design's head has only {design_classes} outputs.</source>
            <translation>{dataset} 有 {data_classes} 个类别，但设计的输出头只有 {design_classes} 个输出。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="classes_mismatch" />
            <source>Set the head's classes to {data_classes}.</source>
            <translation>将输出头的类别数设为 {data_classes}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="non_finite_loss" />
            <source>The loss became {value} at step {step} (epoch {epoch}); training stopped there.</source>
            <translation>损失在第 {step} 步（第 {epoch} 轮）变为 {value}；训练已在此停止。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="non_finite_loss" />
            <source>{kept} Lower the learning rate (now {lr:g}), use a warm-up schedule (one-cycle), or check the data.</source>
            <translation>{kept} 请降低学习率（当前为 {lr:g}）、使用带预热的调度 (one-cycle)，或检查数据。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="out_of_memory" />
            <source>The {memory_of} ran out at batch size {batch_size}.</source>
            <translation>{memory_of}在批量大小为 {batch_size} 时耗尽。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="out_of_memory" />
            <source>Use a smaller batch (try {suggestion}), a smaller resize, or mixed precision (bf16). {kept}</source>
            <translation>请使用更小的批量（试试 {suggestion}）、更小的缩放尺寸或混合精度 (bf16)。{kept}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_missing" />
            <source>{path}: no such checkpoint.</source>
            <translation>{path}：检查点不存在。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_missing" />
            <source>Check the path; a run's checkpoint is checkpoint.pt in its run folder.</source>
            <translation>请检查路径；一次运行的检查点是其运行文件夹中的 checkpoint.pt。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_corrupt" />
            <source>{path}: the checkpoint is damaged or not a PyTorch file ({reason}).</source>
            <translation>{path}：检查点已损坏或不是 PyTorch 文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_corrupt" />
            <source>Use another checkpoint; the run folder keeps only the last good one.</source>
            <translation>请使用其他检查点；运行文件夹只保留最后一个完好的检查点。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_foreign" />
            <source>{path}: this is not a ResNet Studio checkpoint ({reason}).</source>
            <translation>{path}：这不是 ResNet Studio 检查点（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_foreign" />
            <source>Open a checkpoint.pt written by ResNet Studio (in a run folder).</source>
            <translation>请打开由 ResNet Studio 写入的 checkpoint.pt（位于运行文件夹中）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_mismatch" />
            <source>{path}: the checkpoint's saved state does not fit its design ({reason}).</source>
            <translation>{path}：检查点保存的状态与其设计不符（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_unsafe" />
            <source>{path}: the file holds Python objects, not only tensors, so it was not loaded (loading it could run code).</source>
            <translation>{path}：该文件包含 Python 对象而不只是张量，因此未加载（加载它可能执行代码）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_unsafe" />
            <source>Open a checkpoint written by ResNet Studio.</source>
            <translation>请打开由 ResNet Studio 写入的检查点。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_version" />
            <source>{path}: checkpoint format version {version} is newer than this studio reads ({supported}).</source>
            <translation>{path}：检查点格式版本 {version} 比本程序支持的版本 ({supported}) 更新。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="checkpoint_version" />
            <source>Update ResNet Studio.</source>
            <translation>请更新 ResNet Studio。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="distributed_failed" />
            <source>Could not start distributed training (rank {rank} of {world_size}): {reason}.</source>
            <translation>无法启动分布式训练（{world_size} 个进程中的第 {rank} 个）：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="distributed_failed" />
            <source>Check the torchrun command; on CPU the gloo backend is used, on GPUs NCCL.</source>
            <translation>请检查 torchrun 命令；CPU 上使用 gloo 后端，GPU 上使用 NCCL。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="batch_too_small" />
            <source>Batch size {batch_size} cannot be split across {world_size} processes.</source>
            <translation>批量大小 {batch_size} 无法分配到 {world_size} 个进程。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="batch_too_small" />
            <source>Use a batch size of at least {world_size} (a multiple of it is best).</source>
            <translation>请使用至少 {world_size} 的批量大小（最好是其整数倍）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="run_dir_in_use" />
            <source>{path} already holds another run ({name}); training there would overwrite it.</source>
            <translation>{path} 中已有另一次运行（{name}）；在此训练会覆盖它。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="run_dir_in_use" />
            <source>Continue that run with: resnet-studio train --resume {path}; or choose a new folder (without --run-dir, each run gets its own).</source>
            <translation>继续该运行：resnet-studio train --resume {path}；或选择一个新文件夹（不加 --run-dir 时，每次运行都有自己的文件夹）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="run_unreadable" />
            <source>{path} is not a readable run folder: {reason}.</source>
            <translation>{path} 不是可读取的运行文件夹：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="run_unreadable" />
            <source>Choose a run folder inside the runs folder (each holds a run.json).</source>
            <translation>请选择 runs 文件夹中的运行文件夹（每个都含有 run.json）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="disk_full" />
            <source>The disk is full: the checkpoint of step {step} could not be written to {folder}.</source>
            <translation>磁盘已满：第 {step} 步的检查点无法写入 {folder}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="disk_full" />
            <source>Free space in {folder}, about {mb:,} MB needed, then resume the run. {kept}</source>
            <translation>请在 {folder} 中腾出空间（约需 {mb:,} MB），然后继续运行。{kept}</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="run_failed" />
            <source>Training failed at step {step}: {reason}.</source>
            <translation>训练在第 {step} 步失败：{reason}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="run_failed" />
            <source>The run folder and its last checkpoint are kept. If this repeats, report it with the run folder's run.json.</source>
            <translation>运行文件夹及其最后的检查点已保留。如果问题重复出现，请附上运行文件夹中的 run.json 报告此问题。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.not_dict" />
            <source>it is not a dict of settings</source>
            <translation>它不是设置的字典</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.unknown" />
            <source>there is no such setting</source>
            <translation>没有这个设置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.kind_bool" />
            <source>it should be true or false</source>
            <translation>它应为 true 或 false</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.kind_int" />
            <source>it should be a whole number</source>
            <translation>它应为整数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.kind_float" />
            <source>it should be a number</source>
            <translation>它应为数字</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.kind_str" />
            <source>it should be a string</source>
            <translation>它应为字符串</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.choice" />
            <source>it is not one of {choices}</source>
            <translation>它不是 {choices} 之一</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.minimum" />
            <source>it must be a whole number of at least {minimum}</source>
            <translation>它必须是不小于 {minimum} 的整数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.seed" />
            <source>a seed must be a whole number from 0 to {maximum:,} (2**63 - 1)</source>
            <translation>随机种子必须是 0 到 {maximum:,}（2**63 - 1）之间的整数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.not_finite" />
            <source>it is not a finite number</source>
            <translation>它不是有限的数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.lr" />
            <source>the learning rate must be above 0</source>
            <translation>学习率必须大于 0</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.negative" />
            <source>it cannot be negative</source>
            <translation>它不能为负</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.label_smoothing" />
            <source>it must be at least 0 and below 1</source>
            <translation>它必须不小于 0 且小于 1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.nesterov" />
            <source>Nesterov momentum needs SGD with momentum above 0</source>
            <translation>Nesterov 动量需要 SGD 且动量大于 0</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.folder" />
            <source>the 'folder' dataset needs a folder</source>
            <translation>'folder' 数据集需要一个文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="why.schedule_epochs" />
            <source>the '{schedule}' schedule was laid out for {planned} epochs</source>
            <translation>'{schedule}' 调度是按 {planned} 轮规划的</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="cause.not_a_device" />
            <source>not a device name</source>
            <translation>不是设备名称</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="cause.no_cuda" />
            <source>no CUDA GPU (or no CUDA build of PyTorch)</source>
            <translation>没有 CUDA GPU（或 PyTorch 不是 CUDA 版本）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="cause.cuda_count" />
            <source>there are {count} CUDA device(s)</source>
            <translation>只有 {count} 个 CUDA 设备</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="cause.no_mps" />
            <source>MPS needs an Apple GPU</source>
            <translation>MPS 需要 Apple GPU</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="cause.unsupported" />
            <source>not supported</source>
            <translation>不受支持</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.not_dict" />
            <source>Pass a dict.</source>
            <translation>请传入一个字典。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.unknown" />
            <source>Known settings: {known}.</source>
            <translation>已知的设置：{known}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.kind" />
            <source>Fix '{field}'.</source>
            <translation>请修正 '{field}'。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.choice" />
            <source>Choose one of {choices}.</source>
            <translation>请从 {choices} 中选择一个。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.minimum" />
            <source>Set {field} to {minimum} or more.</source>
            <translation>将 {field} 设为 {minimum} 或更大。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.seed" />
            <source>Use a seed from 0 to {maximum:,}; 0 is the default.</source>
            <translation>请使用 0 到 {maximum:,} 之间的随机种子；默认为 0。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.finite_lr" />
            <source>Set the learning rate to a number above 0: d2l uses 0.05 with SGD; Adam usually wants about 0.001.</source>
            <translation>请将学习率设为大于 0 的数：d2l 对 SGD 使用 0.05；Adam 通常约为 0.001。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.finite_momentum" />
            <source>Set momentum to a number from 0 to below 1: 0 (d2l's) or 0.9 are usual.</source>
            <translation>请将动量设为不小于 0 且小于 1 的数：常用 0（d2l 的设置）或 0.9。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.finite_weight_decay" />
            <source>Set weight decay to 0 (d2l's) or a small number such as 0.0005.</source>
            <translation>请将权重衰减设为 0（d2l 的设置）或较小的数，如 0.0005。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.finite_checkpoint_minutes" />
            <source>Set checkpoint_minutes to a number of minutes, or 0 for checkpoints at epoch ends only.</source>
            <translation>请将 checkpoint_minutes 设为分钟数，或设为 0 表示只在每轮结束时保存检查点。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.finite_label_smoothing" />
            <source>0.1 is the usual choice; 0 turns it off.</source>
            <translation>常用 0.1；0 表示关闭。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.lr" />
            <source>d2l uses 0.05 with SGD; Adam usually wants about 0.001.</source>
            <translation>d2l 对 SGD 使用 0.05；Adam 通常约为 0.001。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.negative" />
            <source>Set {field} to 0 or more.</source>
            <translation>请将 {field} 设为 0 或更大。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.nesterov" />
            <source>Set momentum (0.9 is usual) or turn Nesterov off.</source>
            <translation>请设置动量（常用 0.9）或关闭 Nesterov。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.folder" />
            <source>Set data_dir to a folder with one sub-folder of images per class.</source>
            <translation>请将 data_dir 设为一个文件夹，其中每个类别一个图像子文件夹。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="hint.schedule_epochs" />
            <source>Resume without changing epochs, or start a new run.</source>
            <translation>请在不改变轮数的情况下继续，或开始新的运行。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="kept.saved" />
            <source>The last good checkpoint is kept: {checkpoint}.</source>
            <translation>最后一个完好的检查点已保留：{checkpoint}。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="kept.none" />
            <source>No checkpoint had been written yet.</source>
            <translation>尚未写入任何检查点。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="resize.native" />
            <source>native size</source>
            <translation>原始尺寸</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="memory_of.cuda" />
            <source>GPU's memory</source>
            <translation>GPU 显存</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="memory_of.mps" />
            <source>Apple GPU's memory</source>
            <translation>Apple GPU 的内存</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="memory_of.cpu" />
            <source>computer's memory</source>
            <translation>计算机内存</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/core/training/config.py" line="memory_of.other" />
            <source>device's memory</source>
            <translation>设备内存</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="110" />
            <source>Could not save the checkpoint: %1</source>
            <translation>无法保存检查点：%1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="122" />
            <source>Training settings</source>
            <translation>训练设置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="123" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="124" />
            <source>Runs</source>
            <translation>运行记录</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="125" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="126" />
            <source>Train a snapshot of the current design with these settings</source>
            <translation>用这些设置训练当前设计的一个快照</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="128" />
            <location filename="../../resnet_studio/ui/training/panel.py" line="288" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="129" />
            <location filename="../../resnet_studio/ui/training/panel.py" line="289" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="130" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="131" />
            <source>Stop before the next batch; the run and its checkpoint are kept</source>
            <translation>在下一批次之前停止；保留该运行及其检查点</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="133" />
            <source>Checkpoint</source>
            <translation>检查点</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="134" />
            <source>Open checkpoint…</source>
            <translation>打开检查点…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="135" />
            <source>Load a checkpoint's design into the editor and its settings into this panel</source>
            <translation>将检查点的设计加载到编辑器，将其设置加载到此面板</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="137" />
            <source>Save checkpoint as…</source>
            <translation>检查点另存为…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="138" />
            <source>Save a copy of the selected run's latest checkpoint (written after every epoch)</source>
            <translation>保存所选运行最新检查点的副本（每轮结束后写入）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="141" />
            <source>Show settings</source>
            <translation>显示设置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="142" />
            <source>Hide settings</source>
            <translation>隐藏设置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="143" />
            <source>More room for the plots</source>
            <translation>为曲线图留出更多空间</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="144" />
            <source>Use design &amp;&amp; settings</source>
            <translation>使用其设计和设置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="145" />
            <source>Load the selected run's design into the editor and its settings into this panel</source>
            <translation>将所选运行的设计加载到编辑器，将其设置加载到此面板</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="147" />
            <source>Continue run</source>
            <translation>继续运行</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="148" />
            <source>Resume a stopped run from its checkpoint</source>
            <translation>从检查点继续一个已停止的运行</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="208" />
            <source>The design was edited after this run started. The run keeps training the design it started with; your edits apply to the next run.</source>
            <translation>该运行开始后设计被修改过。该运行继续训练开始时的设计；你的修改将用于下一次运行。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="227" />
            <source>Measuring a few batches to estimate the run's time…</source>
            <translation>正在测量几个批次以估计运行时间…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="249" />
            <source>Starting “%1”: loading the data…</source>
            <translation>正在启动“%1”：加载数据…</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="311" />
            <source>Training is running</source>
            <translation>训练正在进行</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="312" />
            <source>A run is still training. Stop it and close? The run's curves and its last checkpoint are kept.</source>
            <translation>仍有运行在训练。停止并关闭？该运行的曲线和最后的检查点将被保留。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="331" />
            <source>Estimate on %1: about %2 per epoch, %3 for %4 epochs (%5 images/s).</source>
            <translation>在 %1 上的估计：每轮约 %2，%4 轮共 %3（每秒 %5 张图像）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="384" />
            <source>Training %1 on %2 (%3 training, %4 %5 images) on %6.</source>
            <translation>在 %6 上用 %2 训练 %1（训练图像 %3 张，%5图像 %4 张）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="439" />
            <source>Finished %1 epochs in %2.%3</source>
            <translation>%1 轮训练完成，用时 %2。%3</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="442" />
            <source> Held-out accuracy %1.</source>
            <translation>留出集精度 %1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/panel.py" line="446" />
            <source>Stopped after %1 steps. The run and its last checkpoint are kept; “Continue run” resumes it.</source>
            <translation>在 %1 步后停止。该运行及其最后的检查点已保留；“继续运行”可恢复训练。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="108" />
            <source>Open checkpoint</source>
            <translation>打开检查点</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="109" />
            <source>Checkpoints (*.pt);;All files (*)</source>
            <translation>检查点 (*.pt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="160" />
            <source>Save checkpoint as</source>
            <translation>检查点另存为</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="162" />
            <source>Checkpoints (*.pt)</source>
            <translation>检查点 (*.pt)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="101" />
            <source>Design “%1” and the settings of run “%2”</source>
            <translation>设计“%1”及运行“%2”的设置</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="116" />
            <source>Design “%1” and settings from the checkpoint (after %2 epochs)</source>
            <translation>来自检查点的设计“%1”及设置（训练 %2 轮后）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="130" />
            <source>Load %1</source>
            <translation>加载 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="155" />
            <source>This run has no checkpoint yet: one is written after every epoch and when a run stops.</source>
            <translation>此运行还没有检查点：每轮结束后和运行停止时会写入一个。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="167" />
            <source>Checkpoint saved to %1.</source>
            <translation>检查点已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="135" />
            <source>%1 loaded. Undo in the editor brings the previous design back.</source>
            <translation>已加载 %1。在编辑器中撤销可恢复之前的设计。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="138" />
            <source>%1 loaded.</source>
            <translation>已加载 %1。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/run_files.py" line="97" />
            <source>Could not read the run: %1</source>
            <translation>无法读取该运行：%1</translation>
        </message>
    </context>
    <context>
        <name>TrainingPlots</name>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="116" />
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="116" />
            <source>cross-entropy</source>
            <translation>交叉熵</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="117" />
            <source>Accuracy</source>
            <translation>精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="117" />
            <source>fraction correct</source>
            <translation>正确比例</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="118" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="118" />
            <source>lr</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="119" />
            <source>Gradient norm per stage</source>
            <translation>各阶段梯度范数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="119" />
            <source>‖grad‖ (log)</source>
            <translation>‖梯度‖（对数）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="121" />
            <source>Mean gradient norm of each part of the network over an epoch, from the stem (dark) to the head (light). Draw a ResNet and its plain twin together: with shortcuts the stages' gradients stay close to each other; without them they can differ by orders of magnitude across the depth.</source>
            <translation>网络各部分在一轮中的平均梯度范数，从主干层（深色）到输出头（浅色）。把 ResNet 和它的普通孪生网络（无捷径连接）画在一起比较：有捷径连接时各阶段的梯度彼此接近；没有时，它们在不同深度上可能相差几个数量级。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="136" />
            <source>train (per batch)</source>
            <translation>训练（每批次）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="137" />
            <location filename="../../resnet_studio/ui/training/plots.py" line="138" />
            <source>train (smoothed)</source>
            <translation>训练（平滑）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="139" />
            <location filename="../../resnet_studio/ui/training/plots.py" line="140" />
            <source>train (epoch)</source>
            <translation>训练（每轮）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="141" />
            <location filename="../../resnet_studio/ui/training/plots.py" line="142" />
            <source>held-out</source>
            <translation>留出集</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="143" />
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="152" />
            <source>solid</source>
            <translation>实线</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="152" />
            <source>dashed</source>
            <translation>虚线</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="152" />
            <source>dotted</source>
            <translation>点线</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/plots.py" line="152" />
            <source>dash-dot</source>
            <translation>点划线</translation>
        </message>
    </context>
    <context>
        <name>TrainingSettings</name>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="166" />
            <source>Automatic (Fashion-MNIST if downloaded, else the sample)</source>
            <translation>自动（已下载则用 Fashion-MNIST，否则用样本）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="167" />
            <source>Embedded sample (Fashion-MNIST, 2,500 images)</source>
            <translation>内置样本（Fashion-MNIST，2,500 张图像）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="168" />
            <source>Fashion-MNIST</source>
            <translation>Fashion-MNIST</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="169" />
            <source>MNIST</source>
            <translation>MNIST</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="170" />
            <source>CIFAR-10</source>
            <translation>CIFAR-10</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="171" />
            <source>Image folder (one sub-folder per class)</source>
            <translation>图像文件夹（每个类别一个子文件夹）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="176" />
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="176" />
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="177" />
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="178" />
            <source>constant</source>
            <translation>恒定</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="178" />
            <source>step (×0.1)</source>
            <translation>阶梯 (×0.1)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="179" />
            <source>cosine</source>
            <translation>余弦</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="179" />
            <source>one-cycle</source>
            <translation>单周期 (one-cycle)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="180" />
            <source>Xavier (d2l)</source>
            <translation>Xavier (d2l)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="180" />
            <source>Kaiming</source>
            <translation>Kaiming</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="181" />
            <source>PyTorch default</source>
            <translation>PyTorch 默认</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="182" />
            <source>automatic (the faster, measured)</source>
            <translation>自动（实测更快者）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="183" />
            <source>off (float32)</source>
            <translation>关闭 (float32)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="183" />
            <source>bf16</source>
            <translation>bf16 混合精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="184" />
            <source>fp16 (gradient scaler)</source>
            <translation>fp16（梯度缩放）</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="189" />
            <source>Dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="189" />
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="298" />
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="190" />
            <source>Resize to</source>
            <translation>缩放到</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="190" />
            <source>Epochs</source>
            <translation>轮数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="191" />
            <source>Batch size</source>
            <translation>批量大小</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="191" />
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="192" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="192" />
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="193" />
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="193" />
            <source>Nesterov</source>
            <translation>Nesterov 动量</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="194" />
            <source>Weight decay</source>
            <translation>权重衰减</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="194" />
            <source>Schedule</source>
            <translation>学习率调度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="195" />
            <source>Weight init</source>
            <translation>权重初始化</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="195" />
            <source>Label smoothing</source>
            <translation>标签平滑</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="196" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="196" />
            <source>Precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="197" />
            <source>Channels last</source>
            <translation>通道在后 (channels last)</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="197" />
            <source>Augment</source>
            <translation>数据增强</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="198" />
            <source>Training images</source>
            <translation>训练图像数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="198" />
            <source>Held-out images</source>
            <translation>留出集图像数</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="202" />
            <source>the studio's datasets folder</source>
            <translation>本程序的数据集文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="204" />
            <source>Where the dataset is read from (and downloaded to). For an image folder: one sub-folder of images per class.</source>
            <translation>读取（及下载）数据集的位置。若是图像文件夹：每个类别一个图像子文件夹。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="206" />
            <source>Choose a folder</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="208" />
            <source>Resize every image to a square of this side (d2l uses 96 for Fashion-MNIST). Off keeps the dataset's own size (28 for Fashion-MNIST): much faster on a CPU.</source>
            <translation>将每张图像缩放为此边长的正方形（d2l 对 Fashion-MNIST 使用 96）。关闭则保留数据集原尺寸（Fashion-MNIST 为 28）：在 CPU 上快得多。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="210" />
            <source>d2l uses 0.05 with SGD; Adam usually wants about 0.001.</source>
            <translation>d2l 对 SGD 使用 0.05；Adam 通常约为 0.001。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="211" />
            <source>Images per step. Smaller uses less memory.</source>
            <translation>每步的图像数。越小占用内存越少。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="212" />
            <source>Where the network trains: a CUDA GPU, Apple's MPS or the CPU.</source>
            <translation>网络的训练位置：CUDA GPU、Apple 的 MPS 或 CPU。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="213" />
            <source>Random crop and horizontal flip of the training images.</source>
            <translation>对训练图像做随机裁剪和水平翻转。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="214" />
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="216" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="215" />
            <source>Train on only the first N images (a quick try).</source>
            <translation>只用前 N 张图像训练（快速试跑）。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="217" />
            <source>Evaluate on only the first N held-out images.</source>
            <translation>只在前 N 张留出集图像上评估。</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="218" />
            <source>More settings ▾</source>
            <translation>更多设置 ▾</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="219" />
            <source>Fewer settings ▴</source>
            <translation>收起设置 ▴</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="297" />
            <source>Image folder</source>
            <translation>图像文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/settings_form.py" line="306" />
            <source>Choose the data folder</source>
            <translation>选择数据文件夹</translation>
        </message>
    </context>
    <context>
        <name>TrainingText</name>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="41" />
            <source>stage %1</source>
            <translation>阶段 %1</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="43" />
            <source>stem</source>
            <translation>主干层</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="45" />
            <source>head</source>
            <translation>输出头</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="52" />
            <source>the embedded Fashion-MNIST sample</source>
            <translation>内置的 Fashion-MNIST 样本</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="54" />
            <source>Fashion-MNIST</source>
            <translation>Fashion-MNIST</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="55" />
            <source>MNIST</source>
            <translation>MNIST</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="56" />
            <source>CIFAR-10</source>
            <translation>CIFAR-10</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="57" />
            <source>an image folder</source>
            <translation>一个图像文件夹</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="72" />
            <source>test</source>
            <translation>测试集</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/training/text.py" line="73" />
            <source>held-out</source>
            <translation>留出集</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../resnet_studio/ui/app.py" line="232" />
            <source>Cannot open the design</source>
            <translation>无法打开设计</translation>
        </message>
        <message>
            <location filename="../../resnet_studio/ui/app.py" line="234" />
            <source>Open another design; this one stays as it is on disk.</source>
            <translation>请打开另一个设计；此文件在磁盘上保持原样。</translation>
        </message>
    </context>
</TS>
