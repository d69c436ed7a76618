// A generated résumé for the narrow-column tests (issue 11): the sidebar layout's 55 mm
// side column, justified, filled with the patterns that went loose in real résumés
// (C++／Python／Go；PyTorch、, 诺丁汉大学｜, M.S. Computer Science, long URLs, dates set
// apart by U+3000) in an order drawn from a fixed seed.
#pragma once

#include <random>
#include <string>
#include <vector>

namespace jianli::testing {

inline std::string narrow_resume(unsigned seed) {
  static const std::vector<std::string> side = {
      "编程语言：C++／Python／Go；PyTorch、TensorFlow、JAX",
      "诺丁汉大学｜计算机科学与技术｜硕士",
      "M.S. in Computer Science, University of Nottingham, with distinction",
      "熟悉 Linux 内核、eBPF、DPDK 与 RDMA 网络编程，了解 Kubernetes 调度",
      "英语：CET-6（586），IELTS 7.5，可作为工作语言",
      "获得 ACM-ICPC 亚洲区域赛金牌，全国大学生数学建模竞赛一等奖",
      "Tools: Git, Docker, Bazel, CMake, gRPC, Protobuf, Prometheus, Grafana",
      "个人主页：https://github.com/zhangsan/distributed-training-notes",
      "荣誉：国家奖学金（2017、2018），校级优秀毕业生，“三好学生”称号",
      "Languages: Mandarin (native), English (fluent), Japanese (JLPT N2)",
      "2016.09–2019.06　清华大学　计算机系",
      "熟练使用 Spark／Flink／Kafka 构建实时数仓，日处理 PB 级数据",
      "B.Eng. Software Engineering, Zhejiang University, GPA 3.8/4.0",
  };
  static const std::vector<std::string> main = {
      "负责大规模分布式训练平台的设计与实现，支持千卡级别的模型训练，训练吞吐提升 35%。",
      "Designed a low-latency feature store serving 2 million requests per second at p99 "
      "under 10 ms.",
      "主导推荐系统召回模块重构，引入 GPU 向量检索（Faiss／Milvus），线上点击率提升 3.2%。",
      "Led the migration of the search stack to Kubernetes; wrote the team's on-call "
      "handbook and postmortem templates.",
      "与产品、算法团队紧密合作，推动数据闭环建设，模型迭代周期从两周缩短到三天。",
  };
  std::mt19937 rng(seed);
  auto pick = [&](const std::vector<std::string>& from) {
    return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(rng)];
  };
  std::string md =
      "---\nlang: zh\njianli:\n  sidebar: {justify: true}\n---\n# 张三\n\n"
      "电话 138-0000-0000 | zhangsan@example.com\n\n## 教育背景\n\n";
  for (int i = 0; i < 6; ++i) md += "- " + pick(side) + "\n";
  md += "\n## 技能\n\n";
  for (int i = 0; i < 8; ++i) md += "- " + pick(side) + pick(side) + "\n";
  md += "\n## 工作经历\n\n";
  for (int i = 0; i < 4; ++i) {
    md += "### 2019年" + std::to_string(i + 1) + "月—至今　字节跳动\n\n";
    md += pick(main) + pick(main) + "\n\n";
    for (int k = 0; k < 3; ++k) md += "- " + pick(main) + "\n";
    md += "\n";
  }
  return md;
}

}  // namespace jianli::testing
